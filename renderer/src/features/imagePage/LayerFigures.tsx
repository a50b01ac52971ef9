/** What the selected layer did: added, modified and removed counts and bytes, from the index summary. */
import type { LayerSummary } from '../../../../electron/shared/dto';
import { formatSize } from '../../lib/format';

export function LayerFigures({ label, layer }: { label: string; layer: LayerSummary | undefined }) {
  return (
    <div className="flex min-w-0 flex-wrap items-baseline gap-x-4 gap-y-1 px-4 py-2.5">
      <h2 className="min-w-0 truncate text-[13px] font-semibold text-text" title={label}>
        {label}
      </h2>
      {layer && (
        <dl aria-label="What this layer did" className="flex flex-wrap gap-x-4 text-[12.5px] text-text-muted tabular">
          <Figure
            term="Added"
            count={layer.figures.addedCount}
            bytes={layer.figures.addedBytes}
            tone="text-running-text"
          />
          <Figure
            term="Modified"
            count={layer.figures.modifiedCount}
            bytes={layer.figures.modifiedBytes}
            tone="text-paused-text"
          />
          <Figure
            term="Removed"
            count={layer.figures.removedCount}
            bytes={layer.figures.removedBytes}
            tone="text-danger-text"
          />
          {layer.wastedBytes > 0 && (
            <div className="flex gap-1">
              <dt>Wasted</dt>
              <dd className="text-text">{formatSize(layer.wastedBytes)}</dd>
            </div>
          )}
        </dl>
      )}
    </div>
  );
}

function Figure({ term, count, bytes, tone }: { term: string; count: number; bytes: number; tone: string }) {
  return (
    <div className="flex gap-1">
      <dt className={count > 0 ? tone : undefined}>{term}</dt>
      <dd className="text-text">
        {count.toLocaleString()} {count === 1 ? 'path' : 'paths'}
        {bytes > 0 && <span className="text-text-muted"> · {formatSize(bytes)}</span>}
      </dd>
    </div>
  );
}
