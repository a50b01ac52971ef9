import type { ImageSummary } from '../../../../electron/shared/dto';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatSize, plural, shortId } from '../../lib/format';

/**
 * Confirms removing images: every one listed with all its tags, ID and size. `onConfirm` is the
 * removal (the image actions' channel); until it exists the button is disabled with a note.
 */
export function RemoveImagesDialog({
  images,
  onConfirm,
  onClose,
}: {
  images: readonly ImageSummary[];
  onConfirm?: () => void | Promise<void>;
  onClose: () => void;
}) {
  const size = images.reduce((sum, image) => sum + image.size, 0);
  return (
    <ConfirmDialog
      title={`Remove ${plural(images.length, 'image')}?`}
      description={
        <>
          These {plural(images.length, 'image')} ({formatSize(size)}) and every tag below will be removed from the
          Engine. Images used by a container cannot be removed until the container is.
        </>
      }
      items={images.map((image) => ({
        key: image.id,
        primary: image.repoTags[0] ?? <span className="font-mono text-text-muted">&lt;none&gt;</span>,
        secondary:
          image.repoTags.length > 1 ? (
            <ul>
              {image.repoTags.slice(1).map((tag) => (
                <li key={tag} className="truncate">
                  also {tag}
                </li>
              ))}
            </ul>
          ) : undefined,
        meta: (
          <span className="flex flex-col items-end">
            <span className="font-mono">{shortId(image.id)}</span>
            <span>{formatSize(image.size)}</span>
          </span>
        ),
      }))}
      confirmLabel={`Remove ${plural(images.length, 'image')}`}
      tone="danger"
      onConfirm={onConfirm}
      unavailableNote="Removal arrives with the image actions."
      onClose={onClose}
    />
  );
}
