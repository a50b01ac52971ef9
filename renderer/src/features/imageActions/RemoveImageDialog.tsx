/**
 * Removing one image, from `images.removePreview`: every tag, the ID, the space it frees, the
 * containers using it with their state, the images built on it; Force only when the preview says
 * it is needed (with its reasons), and no confirm at all when even force is refused. Confirm
 * removes with expectTags = the tags shown, so nothing goes that was not on screen.
 */
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import type { ImageRemovePreview, ImageRemoveResult } from '../../../../electron/shared/dto';
import { Spinner } from '../../components/Spinner';
import { StateBadge } from '../../components/StateBadge';
import { plural, shortId } from '../../lib/format';
import { api } from '../../lib/transport';
import { DangerButtons, DialogError, ModalDialog } from '../../components/ModalDialog';
import { imageLabel, spaceSentence } from './removal';

export function RemoveImageDialog({
  id,
  onRemoved,
  onClose,
}: {
  id: string;
  onRemoved: (preview: ImageRemovePreview, result: ImageRemoveResult) => void;
  onClose: () => void;
}) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const preview = useQuery({
    queryKey: ['images', 'removePreview', id],
    queryFn: () => api.invoke('images.removePreview', { id }),
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
  const [force, setForce] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const data = preview.data;
  const blocked = data?.blockedReason !== undefined;
  const canConfirm = data !== undefined && !blocked && (!data.forceNeeded || force);

  const confirm = async () => {
    if (!data || !canConfirm) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api.invoke('images.remove', { id: data.id, force, expectTags: data.repoTags });
      onRemoved(data, result);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      // The image may have changed (a tag added): look again.
      void preview.refetch();
    } finally {
      setBusy(false);
    }
  };

  const name = data ? imageLabel(data) : shortId(id);
  return (
    <ModalDialog
      title={`Remove image ${name}?`}
      description={
        data ? (
          <>
            Removes the image <span className="font-mono text-text">{shortId(data.id)}</span>
            {data.repoTags.length > 0 ? (
              <> and {data.repoTags.length === 1 ? 'its tag' : `all ${data.repoTags.length} of its tags`}</>
            ) : null}{' '}
            from the Engine. {spaceSentence(data)}
          </>
        ) : undefined
      }
      busy={busy}
      onClose={onClose}
      initialFocus={cancelRef}
      footer={
        <DangerButtons
          cancelRef={cancelRef}
          onCancel={onClose}
          confirmLabel={force ? 'Force remove image' : 'Remove image'}
          canConfirm={canConfirm}
          busy={busy}
          onConfirm={() => void confirm()}
        />
      }
    >
      {preview.isPending ? (
        <p className="flex items-center gap-2 border-y border-border px-5 py-4 text-[13px] text-text-muted">
          <Spinner /> Working out what would go…
        </p>
      ) : preview.isError ? (
        <DialogError message={`Couldn't tell what removing it would take: ${preview.error.message}`} />
      ) : (
        <PreviewBody preview={data!} force={force} onForce={setForce} disabled={busy} />
      )}
      <DialogError message={error} />
    </ModalDialog>
  );
}

function PreviewBody({
  preview,
  force,
  onForce,
  disabled,
}: {
  preview: ImageRemovePreview;
  force: boolean;
  onForce: (force: boolean) => void;
  disabled: boolean;
}) {
  return (
    <div className="min-h-0 flex-1 overflow-auto border-y border-border bg-surface-sunken/60 px-5 py-3 text-[13px]">
      <Section
        title={
          preview.repoTags.length === 0 ? 'Tags: none (a dangling image)' : `Tags that go (${preview.repoTags.length})`
        }
      >
        {preview.repoTags.length > 0 && (
          <ul aria-label="Tags that go" className="flex flex-wrap gap-1.5">
            {preview.repoTags.map((tag) => (
              <li key={tag} className="rounded-md border border-border bg-surface px-2 py-0.5 font-mono text-[12.5px]">
                {tag}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-1.5 text-[12px] text-text-muted">
          Image ID{' '}
          <span className="font-mono text-text" title={preview.id}>
            {shortId(preview.id)}
          </span>
          {preview.repoDigests.length > 0 && <> · {plural(preview.repoDigests.length, 'digest')}</>}
        </p>
      </Section>
      {preview.containers.length > 0 && (
        <Section title={`Containers using it (${preview.containers.length})`}>
          <ul aria-label="Containers using it" className="flex flex-col gap-1">
            {preview.containers.map((container) => (
              <li key={container.id} className="flex items-center gap-2">
                <span className="font-medium">{container.name}</span>
                <StateBadge state={container.state} />
                <span className="truncate text-[12px] text-text-muted">{container.status}</span>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {preview.childImageCount > 0 && (
        <Section title={`Images built on it (${preview.childImageCount})`}>
          <p className="mb-1 text-[12px] text-text-muted">They stay, and keep the layers they share with it.</p>
          <ul aria-label="Images built on it" className="flex flex-col gap-0.5 font-mono text-[12.5px]">
            {preview.childImages.map((child) => (
              <li key={child.id}>{child.name}</li>
            ))}
            {preview.childImageCount > preview.childImages.length && (
              <li className="font-sans text-text-muted">
                and {preview.childImageCount - preview.childImages.length} more
              </li>
            )}
          </ul>
        </Section>
      )}
      {preview.blockedReason ? (
        <p role="alert" className="mt-2 rounded-md border border-danger/30 bg-danger/8 px-3 py-2 text-danger-text">
          Can&apos;t be removed: {preview.blockedReason}
        </p>
      ) : (
        preview.forceNeeded && (
          <div className="mt-2 rounded-md border border-paused/40 bg-paused/8 px-3 py-2">
            <p className="font-medium text-text">A plain removal is refused:</p>
            <ul className="mt-0.5 list-disc pl-5 text-[12.5px] text-text-muted">
              {preview.forceReasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
            <label className="mt-2 flex cursor-pointer items-center gap-2 font-medium">
              <input
                type="checkbox"
                checked={force}
                disabled={disabled}
                onChange={(event) => onForce(event.target.checked)}
                className="size-3.5 cursor-pointer accent-danger-solid"
              />
              Force: remove it anyway
            </label>
          </div>
        )
      )}
    </div>
  );
}

function Section({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <section className="mb-3 last:mb-0">
      <h3 className="mb-1 text-[11.5px] font-semibold tracking-wide text-text-muted uppercase">{title}</h3>
      {children}
    </section>
  );
}
