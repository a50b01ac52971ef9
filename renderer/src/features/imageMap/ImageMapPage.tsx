/**
 * `#/images/map`: every local image as the tree of layers they share (ImageMap), from
 * `images.map`. Image events refresh it (its key is under 'images'); a click opens the image.
 */
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { TopBar } from '../../app/TopBar';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ListError } from '../../components/ListError';
import { RefreshButton } from '../../components/RefreshButton';
import { Spinner } from '../../components/Spinner';
import { useEngineStatus } from '../engine/useEngineStatus';
import { imageMapQuery } from '../images/imageMapQuery';
import { ImagesViewSwitch } from '../images/ImagesViewSwitch';
import { ImageMap } from './ImageMap';
import { imageParam, mapSummary, toForest } from './mapNodes';
import { BackToImages } from '../images/BackToImages';

export function ImageMapPage() {
  useDocumentTitle('Image map — Images');
  const engine = useEngineStatus().data?.state;
  const query = useQuery({
    ...imageMapQuery,
    enabled: engine !== 'unavailable',
  });
  const navigate = useNavigate();
  const forest = useMemo(() => (query.data ? toForest(query.data) : null), [query.data]);

  return (
    <>
      <TopBar
        title="Image map"
        summary={query.data ? mapSummary(query.data) : undefined}
        back={
          <BackToImages>
            Images<span className="sr-only"> list</span>
          </BackToImages>
        }
        actions={<RefreshButton busy={query.isFetching} onClick={() => void query.refetch()} />}
      />
      <div className="flex h-11 shrink-0 items-center gap-3 border-b border-border bg-surface px-4">
        <ImagesViewSwitch value="map" />
        <p className="text-[12.5px] text-text-muted">
          Boxes are runs of layers images share, bases on the left; click an image to open it.
        </p>
      </div>
      <main className="relative flex min-h-0 flex-1 flex-col bg-surface">
        {query.isError && !query.data ? (
          <ListError
            what="the image map"
            error={query.error}
            retrying={query.isFetching}
            onRetry={() => void query.refetch()}
          />
        ) : !forest ? (
          <p className="flex flex-1 items-center justify-center gap-2 text-[13px] text-text-muted">
            <Spinner /> Reading every image&apos;s layers…
          </p>
        ) : (
          <ImageMap
            forest={forest}
            onOpenImage={(id) => void navigate({ to: '/images/$imageId', params: { imageId: imageParam(id) } })}
          />
        )}
      </main>
    </>
  );
}
