/** The overview: what the image is, how containers made from it start, and which containers there are. */
import { Link } from '@tanstack/react-router';
import { cloneElement, type ReactElement, type ReactNode } from 'react';
import type { ImageDetail } from '../../../../electron/shared/dto';
import { CopyButton } from '../../components/CopyButton';
import { RelativeTime } from '../../components/RelativeTime';
import { StateBadge } from '../../components/StateBadge';
import { formatSize, plural } from '../../lib/format';
import { ConfigTable } from './ConfigTable';
import { configRows, differsText } from './mapping';

export function OverviewTab({ image }: { image: ImageDetail }) {
  const rows = configRows(image.config);
  const build = image.buildContainerConfig;
  const buildRows = build ? configRows(build.config) : [];
  const platform = [image.os, image.architecture, image.variant].filter(Boolean).join('/');
  return (
    <div className="flex max-w-[1120px] flex-col gap-7 px-6 py-5">
      <Section title="Details">
        <div className="overflow-hidden rounded-lg border border-border">
          {/* -mb-px: the last row's own bottom border hides under the frame's. */}
          <dl className="-mb-px grid grid-cols-1 md:grid-cols-2">
            <Fact label="Image ID" wide>
              <span className="group/row flex min-w-0 items-center gap-1">
                <span className="truncate font-mono text-[12.5px]">{image.id}</span>
                <CopyButton value={image.id} label="Copy full image ID" reveal="always" />
              </span>
            </Fact>
            <Fact label="Tags" wide>
              {image.repoTags.length === 0 ? (
                <span className="text-text-muted">
                  None — a dangling image, left when its tag moved to a newer build.
                </span>
              ) : (
                <span className="font-mono text-[12.5px] break-all">{image.repoTags.join(', ')}</span>
              )}
            </Fact>
            {image.repoDigests.length > 0 && (
              <Fact label={image.repoDigests.length === 1 ? 'Repo digest' : 'Repo digests'} wide>
                <ul className="flex min-w-0 flex-col">
                  {image.repoDigests.map((digest) => (
                    <li key={digest} className="group/row flex min-w-0 items-center gap-1">
                      <span className="truncate font-mono text-[12.5px]">{digest}</span>
                      <CopyButton value={digest} label="Copy digest" />
                    </li>
                  ))}
                </ul>
              </Fact>
            )}
            {pairUp([
              <Fact key="created" label="Created">
                <RelativeTime seconds={image.created} />
              </Fact>,
              <Fact key="size" label="Size">
                <span className="tabular" title={`${image.size.toLocaleString()} bytes`}>
                  {formatSize(image.size)}
                </span>
              </Fact>,
              <Fact key="platform" label="Platform">
                <span className="font-mono text-[12.5px]">{platform || 'unknown'}</span>
              </Fact>,
              <Fact key="base" label="Base image">
                {image.base ? (
                  <Link
                    to="/images/$imageId"
                    params={{ imageId: image.base.id.replace(/^sha256:/, '') }}
                    search={{}}
                    className="font-mono text-[12.5px] text-accent-text hover:underline"
                  >
                    {image.base.name}
                  </Link>
                ) : (
                  <span className="text-text-muted">none found locally</span>
                )}
              </Fact>,
              image.author ? (
                <Fact key="author" label="Author">
                  {image.author}
                </Fact>
              ) : null,
              image.dockerVersion ? (
                <Fact key="docker" label="Built with">
                  <span className="tabular">Docker {image.dockerVersion}</span>
                </Fact>
              ) : null,
            ])}
            {image.comment && (
              <Fact label="Comment" wide>
                {image.comment}
              </Fact>
            )}
          </dl>
        </div>
      </Section>

      <Section
        title="Containers made from this image"
        aside={image.containers.length > 0 ? plural(image.containers.length, 'container') : undefined}
      >
        {image.containers.length === 0 ? (
          <div className="rounded-lg border border-dashed border-border-strong px-4 py-5 text-center text-text-muted">
            No containers were made from this image.
          </div>
        ) : (
          <ul aria-label="Containers made from this image" className="overflow-hidden rounded-lg border border-border">
            {image.containers.map((container) => (
              <li
                key={container.id}
                className="grid grid-cols-[minmax(0,280px)_100px_minmax(0,1fr)] items-center gap-x-4 border-b border-border px-4 py-2 last:border-b-0 hover:bg-hover"
              >
                <Link
                  to="/containers"
                  search={{ q: container.name }}
                  className="truncate font-medium text-text hover:text-accent-text hover:underline"
                >
                  {container.name}
                </Link>
                <span className="flex">
                  <StateBadge state={container.state} />
                </span>
                <span className="truncate text-[12.5px] text-text-muted">{container.status}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title="Configuration" aside="what containers made from this image start with">
        {rows.length === 0 ? (
          <p className="text-text-muted">This image sets no configuration.</p>
        ) : (
          <ConfigTable rows={rows} label="Configuration" />
        )}
      </Section>

      {build && buildRows.length > 0 && (
        <Section title="Build container configuration">
          <p className="mb-2 max-w-3xl text-[12.5px] text-text-muted">
            The configuration of the container the last build step ran in — the image&apos;s own Config above is what
            containers get
            {build.differsFrom.length > 0 ? `; these differ in: ${differsText(build.differsFrom)}.` : '.'}
          </p>
          <ConfigTable rows={buildRows} label="Build container configuration" highlight={build.differsFrom} />
        </Section>
      )}
    </div>
  );
}

function Section({ title, aside, children }: { title: string; aside?: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <div className="mb-2 flex items-baseline gap-2">
        <h2 className="text-[13px] font-semibold text-text">{title}</h2>
        {aside && <span className="text-[12px] text-text-muted">{aside}</span>}
      </div>
      {children}
    </section>
  );
}

/** Half-width facts two by two; an odd last one spans the row (no half-drawn cell). */
function pairUp(facts: (ReactElement<FactProps> | null)[]): ReactElement[] {
  const shown = facts.filter((fact): fact is ReactElement<FactProps> => fact !== null);
  return shown.map((fact, i) =>
    i === shown.length - 1 && shown.length % 2 === 1 ? cloneElement(fact, { wide: true }) : fact,
  );
}

interface FactProps {
  label: string;
  wide?: boolean;
  children: ReactNode;
}

function Fact({ label, wide = false, children }: FactProps) {
  return (
    <div
      className={`grid grid-cols-[130px_minmax(0,1fr)] items-baseline gap-x-3 border-b border-border px-4 py-2 ${
        wide ? 'md:col-span-2' : ''
      }`}
    >
      <dt className="text-[12.5px] text-text-muted">{label}</dt>
      <dd className="min-w-0 text-[13px] text-text">{children}</dd>
    </div>
  );
}
