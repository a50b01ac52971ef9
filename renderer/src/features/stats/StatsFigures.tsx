/**
 * The current figures, as text (`docker stats` columns): CPU %, memory usage / limit and %,
 * network and block I/O (rates per second, totals since start), PIDs. Dashes until the first sample.
 */
import type { ReactNode } from 'react';
import type { ContainerStatsSample } from '../../../../electron/shared/dto';
import { formatSize } from '../../lib/format';
import type { Rates } from './statsHistory';
import { memorySize, percent, ratePerSecondText } from './statsFormat';

export function StatsFigures({ sample, rates }: { sample: ContainerStatsSample | undefined; rates: Rates }) {
  const dash = '—';
  return (
    <dl aria-label="Current figures" className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
      <Figure
        label="CPU"
        value={sample ? percent(sample.cpuPercent) : dash}
        detail={sample ? `of ${sample.onlineCpus * 100}% (${sample.onlineCpus} CPUs)` : undefined}
      />
      <Figure
        label="Memory"
        value={sample ? memorySize(sample.memoryUsage) : dash}
        detail={sample ? `of ${memorySize(sample.memoryLimit)} · ${percent(sample.memoryPercent)}` : undefined}
      />
      <Figure
        label="Network I/O"
        value={
          sample ? (
            <Pair
              first={ratePerSecondText(rates.netRx)}
              firstLabel="in"
              second={ratePerSecondText(rates.netTx)}
              secondLabel="out"
            />
          ) : (
            dash
          )
        }
        detail={sample ? `${formatSize(sample.networkRx)} received / ${formatSize(sample.networkTx)} sent` : undefined}
      />
      <Figure
        label="Block I/O"
        value={
          sample ? (
            <Pair
              first={ratePerSecondText(rates.blockRead)}
              firstLabel="read"
              second={ratePerSecondText(rates.blockWrite)}
              secondLabel="write"
            />
          ) : (
            dash
          )
        }
        detail={sample ? `${formatSize(sample.blockRead)} read / ${formatSize(sample.blockWrite)} written` : undefined}
      />
      <Figure
        label="PIDs"
        value={sample ? String(sample.pids) : dash}
        detail={sample ? 'processes and threads' : undefined}
      />
    </dl>
  );
}

/** Two rates side by side, each with its word ("1.2kB/s in  300B/s out"). */
function Pair(props: { first: string; firstLabel: string; second: string; secondLabel: string }) {
  const word = 'ml-1 text-[12px] font-normal text-text-muted';
  return (
    <>
      {props.first}
      <span className={word}>{props.firstLabel}</span>
      <span className="ml-3">{props.second}</span>
      <span className={word}>{props.secondLabel}</span>
    </>
  );
}

function Figure({ label, value, detail }: { label: string; value: ReactNode; detail: string | undefined }) {
  return (
    <div className="min-w-0 rounded-lg border border-border bg-surface px-4 py-3">
      <dt className="text-[12px] font-medium text-text-muted">{label}</dt>
      <dd className="mt-0.5 truncate text-[18px] font-semibold tracking-tight text-text tabular">{value}</dd>
      {detail && <dd className="truncate text-[12px] text-text-muted tabular">{detail}</dd>}
    </div>
  );
}
