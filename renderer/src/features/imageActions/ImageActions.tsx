/**
 * The image page's actions, in its header: Add tag…, Remove tag…, Remove image…. Each opens its
 * dialog; after a change the image's page and the list refresh (every 'images' query), and a toast
 * says what happened. Removing the image goes back to the images list.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { ImageDetail } from '../../../../electron/shared/dto';
import { Button } from '../../components/Button';
import { showToast } from '../../components/toastStore';
import { queryKeys } from '../../lib/queryKeys';
import { lastImagesSearch } from '../images/lastSearch';
import { AddTagDialog } from './AddTagDialog';
import { RemoveImageDialog } from './RemoveImageDialog';
import { RemoveTagDialog } from './RemoveTagDialog';
import { freedWords, imageLabel } from './removal';

type Open = 'tag' | 'untag' | 'remove' | null;

export function ImageActions({ image }: { image: ImageDetail }) {
  const [open, setOpen] = useState<Open>(null);
  const client = useQueryClient();
  const navigate = useNavigate();
  const close = () => setOpen(null);
  const refresh = () => {
    void client.invalidateQueries({ queryKey: queryKeys.imageDetail(image.id) });
    // The list, the map and any other image query (a prefix of all of them).
    void client.invalidateQueries({ queryKey: queryKeys.images });
  };
  // The image is gone: back to the list first (its page would ask for it again), then refresh.
  const gone = () => {
    void navigate({ to: '/images', search: lastImagesSearch() });
    client.removeQueries({ queryKey: queryKeys.imageDetail(image.id) });
    void client.invalidateQueries({ queryKey: queryKeys.images });
  };

  return (
    <>
      <Button size="sm" onClick={() => setOpen('tag')}>
        Add tag…
      </Button>
      <Button size="sm" onClick={() => setOpen('untag')} disabled={image.repoTags.length === 0}>
        Remove tag…
      </Button>
      <Button size="sm" className="text-danger-text!" onClick={() => setOpen('remove')}>
        Remove image…
      </Button>

      {open === 'tag' && (
        <AddTagDialog
          image={image}
          onClose={close}
          onTagged={(reference) => {
            close();
            refresh();
            showToast({ tone: 'info', title: `Tagged ${reference}` });
          }}
        />
      )}
      {open === 'untag' && (
        <RemoveTagDialog
          image={image}
          onClose={close}
          onUntagged={(reference, imageRemoved) => {
            close();
            if (imageRemoved) gone();
            else refresh();
            showToast({
              tone: 'info',
              title: imageRemoved ? `Removed ${reference} and its image` : `Removed the tag ${reference}`,
            });
          }}
        />
      )}
      {open === 'remove' && (
        <RemoveImageDialog
          id={image.id}
          onClose={close}
          onRemoved={(preview, result) => {
            close();
            gone();
            showToast({
              tone: 'info',
              title: `Removed ${imageLabel(preview)} — ${freedWords(result.bytesFreed, result.bytesFreedApproximate).replace(/^frees/, 'freed')}`,
              ...(result.notes.length > 0 ? { message: result.notes.join(' ') } : {}),
            });
          }}
        />
      )}
    </>
  );
}
