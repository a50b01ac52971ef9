/**
 * Removes one tag. While other tags remain, or containers use the image, the image stays, and the
 * dialog says so. The last tag of an image nothing uses is different: untagging would delete the
 * image, so that needs its own explicit choice (alsoRemoveImage) and says it removes the image.
 */
import { useId, useRef, useState } from 'react';
import { plural, shortId } from '../../lib/format';
import { api } from '../../lib/transport';
import { DangerButtons, DialogError, ModalDialog } from '../../components/ModalDialog';
import { untagConsequence } from './tagging';

export function RemoveTagDialog({
  image,
  onUntagged,
  onClose,
}: {
  image: { id: string; repoTags: readonly string[]; containers: readonly { name: string; state: string }[] };
  onUntagged: (reference: string, imageRemoved: boolean) => void;
  onClose: () => void;
}) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const groupId = useId();
  const [tag, setTag] = useState(image.repoTags[0] ?? '');
  const [alsoImage, setAlsoImage] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const consequence = untagConsequence(image, tag);
  const canConfirm =
    tag !== '' && consequence.kind !== 'refused' && (consequence.kind !== 'removes-image' || alsoImage);

  const confirm = async () => {
    if (!canConfirm) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api.invoke('images.untag', {
        reference: tag,
        ...(consequence.kind === 'removes-image' ? { alsoRemoveImage: true } : {}),
      });
      onUntagged(tag, !result.imageRemains);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      title={image.repoTags.length > 1 ? 'Remove a tag' : `Remove the tag ${tag}?`}
      description={
        <>
          Image <span className="font-mono text-text">{shortId(image.id)}</span> has{' '}
          {plural(image.repoTags.length, 'tag')}.
        </>
      }
      busy={busy}
      onClose={onClose}
      initialFocus={cancelRef}
      width={480}
      footer={
        <DangerButtons
          cancelRef={cancelRef}
          onCancel={onClose}
          confirmLabel={consequence.kind === 'removes-image' ? 'Remove tag and image' : 'Remove tag'}
          canConfirm={canConfirm}
          busy={busy}
          onConfirm={() => void confirm()}
        />
      }
    >
      <div className="border-y border-border bg-surface-sunken/60 px-5 py-3 text-[13px]">
        {image.repoTags.length > 1 && (
          <fieldset className="mb-3">
            <legend id={groupId} className="mb-1 text-[11.5px] font-semibold tracking-wide text-text-muted uppercase">
              Tag to remove
            </legend>
            <div className="flex flex-col gap-1">
              {image.repoTags.map((option) => (
                <label key={option} className="flex cursor-pointer items-center gap-2 font-mono text-[12.5px]">
                  <input
                    type="radio"
                    name={groupId}
                    value={option}
                    checked={tag === option}
                    disabled={busy}
                    onChange={() => {
                      setTag(option);
                      setError(null);
                    }}
                    className="size-3.5 cursor-pointer accent-accent"
                  />
                  {option}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <p className={consequence.kind === 'refused' ? 'text-danger-text' : 'text-text'}>{consequence.sentence}</p>
        {consequence.kind === 'removes-image' && (
          <label className="mt-2 flex cursor-pointer items-center gap-2 rounded-md border border-danger/30 bg-danger/8 px-3 py-2 font-medium">
            <input
              type="checkbox"
              checked={alsoImage}
              disabled={busy}
              onChange={(event) => setAlsoImage(event.target.checked)}
              className="size-3.5 cursor-pointer accent-danger-solid"
            />
            Also remove the image {shortId(image.id)}
          </label>
        )}
      </div>
      <DialogError message={error} />
    </ModalDialog>
  );
}
