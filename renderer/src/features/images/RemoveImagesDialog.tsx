/**
 * Removing the selected images. First a removal preview for every one (tags, ID, the space each
 * frees, who uses it); those that need force go only with the explicit Force box, those the
 * Engine refuses even forced are skipped, and the dialog says which. Then one by one, with
 * progress and a result per image. Only the listed images, with the tags shown, are removed.
 */
import { useEffect, useRef, useState } from 'react';
import type { ImageRemovePreview, ImageSummary } from '../../../../electron/shared/dto';
import { Button } from '../../components/Button';
import { Spinner } from '../../components/Spinner';
import { formatSize, plural, shortId } from '../../lib/format';
import { api } from '../../lib/transport';
import { ModalDialog, DANGER_BUTTON, DialogList } from '../../components/ModalDialog';
import { bulkPlan, freedWords, summarizeBulk, type BulkOutcome, type BulkRow } from '../imageActions/removal';

type Phase = 'preview' | 'ready' | 'running' | 'done';

export function RemoveImagesDialog({ images, onClose }: { images: readonly ImageSummary[]; onClose: () => void }) {
  // The selection as it was when the dialog opened: the list may change underneath.
  const [shown] = useState(() => [...images]);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [previews, setPreviews] = useState<Map<string, ImageRemovePreview | Error>>(new Map());
  const [force, setForce] = useState(false);
  const [phase, setPhase] = useState<Phase>('preview');
  const [progress, setProgress] = useState(0);
  const [outcomes, setOutcomes] = useState<Map<string, BulkOutcome>>(new Map());

  useEffect(() => {
    let live = true;
    void Promise.all(
      shown.map((image) =>
        api.invoke('images.removePreview', { id: image.id }).then(
          (preview) => [image.id, preview] as const,
          (error: unknown) => [image.id, error instanceof Error ? error : new Error(String(error))] as const,
        ),
      ),
    ).then((answers) => {
      if (!live) return;
      setPreviews(new Map<string, ImageRemovePreview | Error>(answers));
      setPhase('ready');
    });
    return () => {
      live = false;
    };
  }, [shown]);

  const okPreviews = shown.flatMap((image) => {
    const preview = previews.get(image.id);
    return preview && !(preview instanceof Error) ? [preview] : [];
  });
  const plan = bulkPlan(okPreviews, force);
  const rowById = new Map(plan.rows.map((row) => [row.id, row]));
  const size = shown.reduce((sum, image) => sum + image.size, 0);

  const run = async () => {
    setPhase('running');
    const results = new Map<string, BulkOutcome>();
    let done = 0;
    for (const image of shown) {
      const preview = previews.get(image.id);
      const row = rowById.get(image.id);
      const label = image.repoTags[0] ?? `<none> ${shortId(image.id)}`;
      if (!preview || preview instanceof Error || !row?.included) {
        const message =
          preview instanceof Error
            ? preview.message
            : row?.status === 'blocked'
              ? row.why.join(' ')
              : 'needs force, which was not chosen';
        results.set(image.id, { id: image.id, label, kind: 'skipped', message });
        continue;
      }
      setProgress(++done);
      try {
        const result = await api.invoke('images.remove', {
          id: preview.id,
          force: force && row.status === 'needs-force',
          expectTags: preview.repoTags,
        });
        results.set(image.id, { id: image.id, label, kind: 'removed', result });
      } catch (error) {
        results.set(image.id, {
          id: image.id,
          label,
          kind: 'refused',
          message: error instanceof Error ? error.message : String(error),
        });
      }
      setOutcomes(new Map(results));
    }
    setOutcomes(new Map(results));
    setPhase('done');
  };

  const summary = summarizeBulk([...outcomes.values()]);
  const goingCount = plan.going.length;
  const toRun = shown.filter((image) => rowById.get(image.id)?.included).length;

  return (
    <ModalDialog
      title={
        phase === 'done'
          ? `Removed ${summary.removed} of ${plural(shown.length, 'image')}`
          : `Remove ${plural(shown.length, 'image')}?`
      }
      description={
        phase === 'done' ? (
          <span role="status">{summary.headline}.</span>
        ) : phase === 'running' ? (
          <span role="status" className="inline-flex items-center gap-2">
            <Spinner size={12} /> Removing {progress} of {toRun}…
          </span>
        ) : (
          <>
            These {plural(shown.length, 'image')} ({formatSize(size)} in all, shared layers included) and every tag
            below. Only what is listed goes
            {phase === 'ready' ? (
              <>
                : {plural(goingCount, 'image')}, which {plan.approximate ? 'free about ' : 'free '}
                {formatSize(plan.bytes)}
                {plan.skipped.length > 0 ? `; ${plan.skipped.length} skipped, as marked` : ''}.
              </>
            ) : (
              '.'
            )}
          </>
        )
      }
      busy={phase === 'running'}
      onClose={onClose}
      initialFocus={cancelRef}
      footer={
        <>
          {phase === 'ready' && plan.needsForce && (
            <label className="flex min-w-0 flex-1 cursor-pointer items-center gap-2 text-[12.5px] font-medium">
              <input
                type="checkbox"
                checked={force}
                onChange={(event) => setForce(event.target.checked)}
                className="size-3.5 cursor-pointer accent-danger-solid"
              />
              Also remove images that need force (in use, or several tags)
            </label>
          )}
          <div className="ml-auto flex shrink-0 gap-2">
            {phase === 'done' ? (
              <Button ref={cancelRef} variant="primary" onClick={onClose}>
                Close
              </Button>
            ) : (
              <>
                <Button ref={cancelRef} onClick={onClose} disabled={phase === 'running'}>
                  Cancel
                </Button>
                <Button
                  variant="primary"
                  className={DANGER_BUTTON}
                  disabled={phase !== 'ready' || goingCount === 0}
                  busy={phase === 'running' || phase === 'preview'}
                  onClick={() => void run()}
                >
                  {phase === 'ready'
                    ? `Remove ${plural(goingCount, 'image')}`
                    : `Remove ${plural(shown.length, 'image')}`}
                </Button>
              </>
            )}
          </div>
        </>
      }
    >
      <DialogList label="Items">
        {shown.map((image) => (
          <ImageItem
            key={image.id}
            image={image}
            preview={previews.get(image.id)}
            row={rowById.get(image.id)}
            outcome={outcomes.get(image.id)}
          />
        ))}
      </DialogList>
    </ModalDialog>
  );
}

function ImageItem({
  image,
  preview,
  row,
  outcome,
}: {
  image: ImageSummary;
  preview: ImageRemovePreview | Error | undefined;
  row: BulkRow | undefined;
  outcome: BulkOutcome | undefined;
}) {
  const tags = preview && !(preview instanceof Error) ? preview.repoTags : image.repoTags;
  return (
    <li className="flex items-start gap-3 border-b border-border/60 py-2 last:border-b-0">
      <div className="min-w-0 flex-1">
        <div className="truncate text-[13px] font-medium">
          {tags[0] ?? <span className="font-mono text-text-muted">&lt;none&gt;</span>}
        </div>
        {tags.length > 1 && (
          <ul className="mt-0.5 text-[12px] text-text-muted">
            {tags.slice(1).map((tag) => (
              <li key={tag} className="truncate">
                also {tag}
              </li>
            ))}
          </ul>
        )}
        <Status preview={preview} row={row} outcome={outcome} />
      </div>
      <div className="flex shrink-0 flex-col items-end text-[12px] text-text-muted tabular">
        <span className="font-mono" title={image.id}>
          {shortId(image.id)}
        </span>
        {!outcome && <span>{row ? row.frees : formatSize(image.size)}</span>}
      </div>
    </li>
  );
}

function Status({
  preview,
  row,
  outcome,
}: {
  preview: ImageRemovePreview | Error | undefined;
  row: BulkRow | undefined;
  outcome: BulkOutcome | undefined;
}) {
  const base = 'mt-1 text-[12px]';
  if (outcome?.kind === 'removed') {
    const freed = freedWords(outcome.result.bytesFreed, outcome.result.bytesFreedApproximate).replace(
      /^frees/,
      'freed',
    );
    return (
      <p className={`${base} font-medium text-running-text`}>
        Removed — {freed}
        {outcome.result.notes.length > 0 && (
          <span className="block font-normal text-text-muted">{outcome.result.notes.join(' ')}</span>
        )}
      </p>
    );
  }
  if (outcome?.kind === 'refused') return <p className={`${base} text-danger-text`}>Refused: {outcome.message}</p>;
  if (outcome?.kind === 'skipped') return <p className={`${base} text-text-muted`}>Skipped: {outcome.message}</p>;
  if (preview === undefined) return null;
  if (preview instanceof Error) return <p className={`${base} text-danger-text`}>Skipped: {preview.message}</p>;
  if (!row || row.status === 'ready') return null;
  if (row.status === 'blocked')
    return <p className={`${base} text-danger-text`}>Skipped, can&apos;t be removed: {row.why.join(' ')}</p>;
  return (
    <p className={`${base} ${row.included ? 'text-paused-text' : 'text-text-muted'}`}>
      {row.included ? 'Forced' : 'Skipped unless forced'}: {row.why.join(' ')}
    </p>
  );
}
