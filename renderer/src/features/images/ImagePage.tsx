/**
 * One image's page, `#/images/<id>`: what the images list knows about it (tags, ID, size,
 * created, containers) and the place where its layers and files will be shown.
 */
import { getRouteApi, Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { ImageSummary } from '../../../../electron/shared/dto';
import { TopBar } from '../../app/TopBar';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { CopyButton } from '../../components/CopyButton';
import { EmptyState } from '../../components/EmptyState';
import { ImageIcon } from '../../components/Icons';
import { ListError } from '../../components/ListError';
import { RelativeTime } from '../../components/RelativeTime';
import { exactTime, formatSize, plural, shortId } from '../../lib/format';
import { findImage } from './imageRows';
import { lastImagesSearch } from './lastSearch';
import { useImages } from './useImages';

const route = getRouteApi('/images/$imageId');

export function ImagePage() {
  const { imageId } = route.useParams();
  const query = useImages();
  const image = query.data ? findImage(query.data, imageId) : undefined;
  const name = image ? (image.repoTags[0] ?? `<none> ${shortId(image.id)}`) : shortId(imageId);
  useDocumentTitle(`${name} — Images`);

  let body: ReactNode;
  if (query.isError && !query.data) {
    body = (
      <ListError what="images" error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />
    );
  } else if (!query.data) {
    body = <DetailSkeleton />;
  } else if (!image) {
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
  } else {
    body = <ImageDetail image={image} />;
  }

  return (
    <>
      <TopBar
        title={name}
        back={
          <Link
            to="/images"
            search={lastImagesSearch()}
            className="inline-flex h-7 items-center gap-1 rounded-md pr-2 pl-1 text-[13px] font-medium text-text-muted hover:bg-hover hover:text-text"
          >
            <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16">
              <path
                d="M10 3.5 5.5 8l4.5 4.5"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.6"
                strokeLinecap="round"
              />
            </svg>
            Back<span className="sr-only"> to images</span>
          </Link>
        }
      />
      <main className="min-h-0 flex-1 overflow-auto bg-surface">{body}</main>
    </>
  );
}

const LINK_BUTTON =
  'inline-flex h-8 items-center rounded-md border border-border-strong bg-surface-raised px-3 text-[13px] font-medium text-text shadow-xs hover:bg-hover';

function ImageDetail({ image }: { image: ImageSummary }) {
  const bareId = image.id.replace(/^sha256:/, '');
  return (
    <div className="mx-auto flex max-w-[1080px] flex-col gap-6 px-6 py-5">
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="sr-only">
          Summary
        </h2>
        <dl className="grid grid-cols-[repeat(auto-fit,minmax(170px,1fr))] gap-px overflow-hidden rounded-lg border border-border bg-border">
          <Fact label="Image ID">
            <span className="flex items-center gap-1">
              <span className="font-mono text-[13px]" title={image.id}>
                {shortId(image.id)}
              </span>
              <CopyButton value={image.id} label="Copy image ID" reveal="always" />
            </span>
          </Fact>
          <Fact label="Size">
            <span className="tabular" title={`${image.size.toLocaleString()} bytes`}>
              {formatSize(image.size)}
            </span>
          </Fact>
          <Fact label="Created">
            <span title={exactTime(image.created)}>
              <RelativeTime seconds={image.created} />
            </span>
          </Fact>
          <Fact label="Used by">
            {image.containers > 0 ? (
              plural(image.containers, 'container')
            ) : (
              <span className="text-text-muted">no containers</span>
            )}
          </Fact>
        </dl>
      </section>

      <section aria-labelledby="tags-heading">
        <h2 id="tags-heading" className="mb-2 text-[12px] font-semibold tracking-wide text-text-muted uppercase">
          Tags
        </h2>
        {image.repoTags.length === 0 ? (
          <p className="text-text-muted">None — a dangling image, left when its tag moved to a newer build.</p>
        ) : (
          <ul className="flex flex-wrap gap-1.5">
            {image.repoTags.map((tag) => (
              <li
                key={tag}
                className="group/row inline-flex items-center gap-1 rounded-md border border-border bg-surface-sunken py-0.5 pr-0.5 pl-2 font-mono text-[12.5px]"
              >
                {tag}
                <CopyButton value={tag} label={`Copy ${tag}`} />
              </li>
            ))}
          </ul>
        )}
        {image.repoDigests.length > 0 && (
          <>
            <h3 className="mt-4 mb-1.5 text-[12px] font-semibold tracking-wide text-text-muted uppercase">Digests</h3>
            <ul className="flex flex-col gap-1">
              {image.repoDigests.map((digest) => (
                <li key={digest} className="group/row flex items-center gap-1 font-mono text-[12px] text-text-muted">
                  <span className="truncate">{digest}</span>
                  <CopyButton value={digest} label="Copy digest" />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section
        aria-labelledby="layers-heading"
        data-image-id={bareId}
        className="rounded-lg border border-dashed border-border-strong px-5 py-8"
      >
        <h2 id="layers-heading" className="text-[14px] font-semibold">
          Layers and files
        </h2>
        <p className="mt-1 max-w-xl text-text-muted">
          Not built yet: this image&apos;s layers, their sizes and the files each one adds will appear here.
        </p>
      </section>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1 bg-surface px-4 py-3">
      <dt className="text-[12px] text-text-muted">{label}</dt>
      <dd className="text-[14px] font-medium text-text">{children}</dd>
    </div>
  );
}

function DetailSkeleton() {
  return (
    <div aria-hidden="true" className="mx-auto flex max-w-[1080px] flex-col gap-6 px-6 py-5">
      <div className="animate-shimmer h-[66px] rounded-lg bg-surface-sunken" />
      <div className="animate-shimmer h-16 w-2/3 rounded-lg bg-surface-sunken" />
    </div>
  );
}
