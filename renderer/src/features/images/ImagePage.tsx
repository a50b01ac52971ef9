/**
 * One image's page, `#/images/<id>?tab=…`: the header (tags, ID, actions) and three tabs —
 * Overview, Layers & files, Inspect JSON (features/imagePage/). The image comes from
 * `images.inspect`; the tab is kept in the URL.
 */
import { getRouteApi, Link } from '@tanstack/react-router';
import { useCallback, useId, type ReactNode } from 'react';
import type { ImageDetail } from '../../../../electron/shared/dto';
import { TopBar } from '../../app/TopBar';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { EmptyState } from '../../components/EmptyState';
import { ImageIcon } from '../../components/Icons';
import { ListError } from '../../components/ListError';
import { isApiRequestError } from '../../lib/apiError';
import { shortId } from '../../lib/format';
import { ImageHeader } from '../imagePage/ImageHeader';
import { InspectJson } from '../../components/InspectJson';
import { LayersTab } from '../imagePage/LayersTab';
import { OverviewTab } from '../imagePage/OverviewTab';
import { useImageDetail } from '../imagePage/queries';
import type { ImageTab } from '../imagePage/search';
import { panelId, tabId, Tabs, type TabDef } from '../imagePage/Tabs';
import { lastImagesSearch } from './lastSearch';
import { BackToImages } from './BackToImages';
import { LINK_BUTTON } from '../../components/BackLink';

const route = getRouteApi('/images/$imageId');

const TABS: readonly TabDef<ImageTab>[] = [
  { value: 'overview', label: 'Overview' },
  { value: 'layers', label: 'Layers & files' },
  { value: 'inspect', label: 'Inspect JSON' },
];

export function imageTitle(image: Pick<ImageDetail, 'id' | 'repoTags'>): string {
  return image.repoTags[0] ?? `<none> ${shortId(image.id)}`;
}

export function ImagePage() {
  const { imageId } = route.useParams();
  const query = useImageDetail(imageId);
  const image = query.data;
  const notFound = isApiRequestError(query.error) && query.error.code === 'NOT_FOUND';
  const name = image ? imageTitle(image) : shortId(imageId);
  useDocumentTitle(`${name} — Images`);

  let body: ReactNode;
  if (image) {
    // Keyed: another image (the base image's link) starts with its own tab state.
    body = <ImageView key={image.id} image={image} />;
  } else if (notFound) {
    body = (
      <EmptyState
        icon={<ImageIcon size={20} />}
        title="Image not found"
        action={
          <Link to="/images" search={lastImagesSearch()} className={LINK_BUTTON}>
            Back to images
          </Link>
        }
      >
        <p>
          No image on this Engine has the ID <span className="font-mono">{imageId}</span>. It may have been removed.
        </p>
      </EmptyState>
    );
  } else if (query.isError) {
    body = (
      <ListError
        what="the image"
        error={query.error}
        retrying={query.isFetching}
        onRetry={() => void query.refetch()}
      />
    );
  } else {
    body = <DetailSkeleton />;
  }

  return (
    <>
      <TopBar
        title={name}
        back={
          <BackToImages>
            Back<span className="sr-only"> to images</span>
          </BackToImages>
        }
      />
      <main className="min-h-0 flex-1 overflow-auto bg-surface">{body}</main>
    </>
  );
}

function ImageView({ image }: { image: ImageDetail }) {
  const id = useId();
  const tab: ImageTab = route.useSearch().tab ?? 'overview';
  const navigate = route.useNavigate();
  const setTab = useCallback(
    (next: ImageTab) => void navigate({ search: next === 'overview' ? {} : { tab: next }, replace: true }),
    [navigate],
  );
  return (
    <div className="flex min-h-full flex-col">
      <ImageHeader image={image} />
      <Tabs id={id} label="Image" tabs={TABS} value={tab} onChange={setTab} />
      <div role="tabpanel" id={panelId(id, tab)} aria-labelledby={tabId(id, tab)} className="flex-1">
        {tab === 'overview' && <OverviewTab image={image} />}
        {tab === 'layers' && <LayersTab image={image} />}
        {tab === 'inspect' && <InspectJson raw={image.raw} command="docker image inspect" />}
      </div>
    </div>
  );
}

function DetailSkeleton() {
  return (
    <div aria-hidden="true" className="flex flex-col">
      <div className="flex gap-2 px-6 pt-4 pb-3">
        <div className="animate-shimmer h-6 w-40 rounded-md bg-surface-sunken" />
        <div className="animate-shimmer h-6 w-32 rounded-md bg-surface-sunken" />
      </div>
      <div className="flex gap-5 border-b border-border px-6 pb-2">
        <div className="animate-shimmer h-5 w-16 rounded bg-surface-sunken" />
        <div className="animate-shimmer h-5 w-24 rounded bg-surface-sunken" />
        <div className="animate-shimmer h-5 w-20 rounded bg-surface-sunken" />
      </div>
      <div className="mx-auto flex w-full max-w-[1080px] flex-col gap-6 px-6 py-5">
        <div className="animate-shimmer h-[180px] rounded-lg bg-surface-sunken" />
        <div className="animate-shimmer h-[120px] rounded-lg bg-surface-sunken" />
      </div>
    </div>
  );
}
