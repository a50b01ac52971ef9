/**
 * The container's size, measured when this tab opens (inspect with size: it walks the writable
 * layer, so never for the whole list), drawn to scale: the image's shared read-only layers below,
 * the container's own writable layer on top. "As of" the measurement, with a Refresh.
 */
import { Link } from '@tanstack/react-router';
import type { ContainerDetail, ContainerSize } from '../../../../electron/shared/dto';
import { Button } from '../../components/Button';
import { RefreshIcon } from '../../components/Icons';
import { RelativeTime } from '../../components/RelativeTime';
import { Spinner } from '../../components/Spinner';
import { formatSize } from '../../lib/format';
import { Section } from './facts';
import { useContainerSize } from './queries';
import { shareText, sizeStack } from './sizeStack';

const STACK_HEIGHT = 260;

export function SizeTab({ container }: { container: ContainerDetail }) {
  const size = useContainerSize(container.id);
  return (
    <div className="flex max-w-[1120px] flex-col gap-4 px-6 py-5">
      <Section
        title="Size on disk"
        aside={
          size.data ? (
            <>
              as of <RelativeTime seconds={size.data.measuredAt / 1000} />
            </>
          ) : undefined
        }
        actions={
          <Button size="sm" icon={<RefreshIcon size={13} />} busy={size.isFetching} onClick={() => void size.refetch()}>
            Refresh
          </Button>
        }
      >
        {size.isError ? (
          <p role="alert" className="text-danger-text">
            Couldn’t measure the container: {size.error.message}
          </p>
        ) : size.data ? (
          <SizeStackView container={container} size={size.data} />
        ) : (
          <p role="status" className="flex items-center gap-2 py-10 text-text-muted">
            <Spinner /> Measuring the writable layer…
          </p>
        )}
      </Section>
    </div>
  );
}

function SizeStackView({ container, size }: { container: ContainerDetail; size: ContainerSize }) {
  const stack = sizeStack(size, STACK_HEIGHT);
  const imageLink = (
    <Link
      to="/images/$imageId"
      params={{ imageId: container.imageId.replace(/^sha256:/, '') }}
      search={{}}
      className="font-mono text-accent-text hover:underline"
    >
      {container.image}
    </Link>
  );
  return (
    <div className="grid grid-cols-1 gap-6 rounded-lg border border-border p-5 md:grid-cols-[220px_minmax(0,1fr)]">
      <figure aria-label="Writable layer on top of the image's layers" className="flex flex-col">
        <div className="flex flex-col overflow-hidden rounded-md ring-1 ring-border" style={{ height: STACK_HEIGHT }}>
          <div
            data-part="writable"
            title={`${stack.writableBytes.toLocaleString()} bytes`}
            style={{ height: stack.writableHeight }}
            className="shrink-0 border-b-2 border-surface bg-accent"
          />
          <div
            data-part="image"
            title={`${stack.imageBytes.toLocaleString()} bytes`}
            style={{ height: stack.imageHeight }}
            className="shrink-0 bg-[repeating-linear-gradient(180deg,var(--color-neutral)_0_10px,color-mix(in_oklab,var(--color-neutral)_80%,var(--color-surface))_10px_20px)] opacity-60"
          />
        </div>
        <figcaption className="mt-2 text-center text-[12px] text-text-muted tabular">
          {formatSize(stack.totalBytes)} in all
        </figcaption>
      </figure>
      <dl className="flex flex-col justify-between gap-5 py-1">
        <div>
          <dt className="flex items-center gap-2 text-[12.5px] font-medium text-text">
            <span aria-hidden="true" className="size-2.5 rounded-sm bg-accent" />
            Writable layer — this container’s own
          </dt>
          <dd className="mt-1 pl-4.5">
            <p className="text-[22px] leading-7 font-semibold text-text tabular" aria-label="Writable layer size">
              {formatSize(stack.writableBytes)}
            </p>
            <p className="text-[12.5px] text-text-muted tabular">
              {stack.writableBytes.toLocaleString()} bytes · {shareText(stack.writableShare)} of the total
            </p>
            <p className="mt-1 max-w-lg text-[12.5px] text-text-muted">
              What the container wrote, changed or deleted since it was created. It goes when the container is removed —
              unless you commit it to an image first.
            </p>
          </dd>
        </div>
        <div>
          <dt className="flex items-center gap-2 text-[12.5px] font-medium text-text">
            <span aria-hidden="true" className="size-2.5 rounded-sm bg-neutral opacity-60" />
            Image layers — read-only, shared
          </dt>
          <dd className="mt-1 pl-4.5">
            <p className="text-[22px] leading-7 font-semibold text-text tabular" aria-label="Image layers size">
              {formatSize(stack.imageBytes)}
            </p>
            <p className="max-w-lg text-[12.5px] text-text-muted">
              The layers of {imageLink}, shared with every container made from it and stored once.
            </p>
          </dd>
        </div>
      </dl>
    </div>
  );
}
