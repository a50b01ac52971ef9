/**
 * Commits the container to a new image (docker commit): its image plus the writable layer as one
 * more layer. Repository:tag, message and author are optional; the new image's page opens after.
 */
import { useId, useRef, useState } from 'react';
import type { ContainerCommitResult, ContainerDetail } from '../../../../electron/shared/dto';
import { Button } from '../../components/Button';
import { DialogError, ModalDialog } from '../../components/ModalDialog';
import { api } from '../../lib/transport';
import { splitReference } from '../imageActions/reference';
import { CheckField, DialogBody, INPUT, TextField } from './fields';
import { useSubmit } from './useSubmit';

export function CommitDialog({
  container,
  onCommitted,
  onClose,
}: {
  container: Pick<ContainerDetail, 'id' | 'name' | 'image' | 'state'>;
  onCommitted: (result: ContainerCommitResult) => void;
  onClose: () => void;
}) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [reference, setReference] = useState('');
  const [message, setMessage] = useState('');
  const [author, setAuthor] = useState('');
  const [pause, setPause] = useState(true);
  const { busy, error, submit } = useSubmit(onCommitted);
  const split = reference.trim() ? splitReference(reference) : null;

  const commit = () =>
    void submit(() =>
      api.invoke('containers.commit', {
        id: container.id,
        ...(split ? { repository: split.repository, tag: split.tag } : {}),
        ...(message.trim() ? { message: message.trim() } : {}),
        ...(author.trim() ? { author: author.trim() } : {}),
        pause,
      }),
    );

  return (
    <ModalDialog
      title={`Commit ${container.name} to an image`}
      description={
        <>
          A new image: <span className="font-mono text-text">{container.image}</span> plus what this container changed,
          as one more layer. The container stays as it is.
        </>
      }
      busy={busy}
      onClose={onClose}
      initialFocus={inputRef}
      width={520}
      footer={
        <div className="ml-auto flex shrink-0 gap-2">
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" form={`${id}-form`} variant="primary" busy={busy}>
            Commit
          </Button>
        </div>
      }
    >
      <form
        id={`${id}-form`}
        onSubmit={(event) => {
          event.preventDefault();
          commit();
        }}
      >
        <DialogBody>
          <TextField
            id={`${id}-reference`}
            label="Repository and tag"
            value={reference}
            onChange={setReference}
            inputRef={inputRef}
            placeholder="myapp:snapshot"
            hint={
              split ? (
                <>
                  Repository <span className="font-mono text-text">{split.repository}</span>, tag{' '}
                  <span className="font-mono text-text">{split.tag}</span>
                  {split.defaulted ? ' (none typed: latest)' : ''}
                </>
              ) : (
                'Optional: without one the image has no tag (<none>).'
              )
            }
          />
          <div>
            <label htmlFor={`${id}-message`} className="mb-1.5 block text-[12.5px] font-medium text-text">
              Message
            </label>
            <textarea
              id={`${id}-message`}
              value={message}
              onChange={(event) => setMessage(event.target.value)}
              rows={2}
              maxLength={4096}
              placeholder="What this snapshot is (optional)"
              className={`${INPUT} h-auto py-1.5 font-sans`}
            />
          </div>
          <TextField
            id={`${id}-author`}
            label="Author"
            value={author}
            onChange={setAuthor}
            placeholder="Jane Doe <jane@example.com> (optional)"
            mono={false}
          />
          {container.state.running && (
            <CheckField
              checked={pause}
              onChange={setPause}
              label="Pause the container while committing"
              disabled={busy}
            >
              So its files do not change halfway (docker commit does this by default).
            </CheckField>
          )}
        </DialogBody>
      </form>
      <DialogError message={error} />
    </ModalDialog>
  );
}
