/** Adds a tag: one "repository:tag" field; the backend's refusal (bad name, tag taken) under it. */
import { useId, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { shortId } from '../../lib/format';
import { api } from '../../lib/transport';
import { ModalDialog } from '../../components/ModalDialog';
import { splitReference } from './reference';

export function AddTagDialog({
  image,
  onTagged,
  onClose,
}: {
  image: { id: string; repoTags: readonly string[] };
  onTagged: (reference: string) => void;
  onClose: () => void;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const split = value.trim() ? splitReference(value) : null;

  const submit = async () => {
    if (!split) return;
    setBusy(true);
    setError(null);
    try {
      await api.invoke('images.tag', { id: image.id, repository: split.repository, tag: split.tag });
      onTagged(`${split.repository}:${split.tag}`);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      inputRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      title="Add a tag"
      description={
        <>
          Another name for image <span className="font-mono text-text">{shortId(image.id)}</span>
          {image.repoTags[0] ? <> ({image.repoTags[0]})</> : null}. The image and its other tags stay as they are.
        </>
      }
      busy={busy}
      onClose={onClose}
      initialFocus={inputRef}
      width={460}
      footer={
        <div className="ml-auto flex shrink-0 gap-2">
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" form={`${inputId}-form`} variant="primary" disabled={!split} busy={busy}>
            Add tag
          </Button>
        </div>
      }
    >
      <form
        id={`${inputId}-form`}
        className="border-y border-border bg-surface-sunken/60 px-5 py-4"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label htmlFor={inputId} className="mb-1.5 block text-[12.5px] font-medium text-text">
          Repository and tag
        </label>
        <input
          ref={inputRef}
          id={inputId}
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            setError(null);
          }}
          placeholder="repository:tag"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : hintId}
          className="h-8 w-full rounded-md border border-border-strong bg-surface px-2.5 font-mono text-[13px] text-text placeholder:text-text-faint focus:border-accent focus:outline-none aria-invalid:border-danger"
        />
        {error ? (
          <p id={errorId} role="alert" className="mt-1.5 text-[12.5px] text-danger-text">
            {error}
          </p>
        ) : (
          <p id={hintId} className="mt-1.5 text-[12px] text-text-muted">
            {split ? (
              <>
                Repository <span className="font-mono text-text">{split.repository}</span>, tag{' '}
                <span className="font-mono text-text">{split.tag}</span>
                {split.defaulted ? ' (none typed: latest)' : ''}
              </>
            ) : (
              <>
                For example <span className="font-mono">myapp:1.0</span> or{' '}
                <span className="font-mono">localhost:5000/team/app:dev</span>
              </>
            )}
          </p>
        )}
      </form>
    </ModalDialog>
  );
}
