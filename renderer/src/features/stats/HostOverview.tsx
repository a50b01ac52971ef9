/**
 * The containers list's host overview: what the running containers use together, CPU (100% = one
 * CPU, of the host's N × 100%) and memory (of the host's), from stats.overview while the list shows.
 */
import { plural } from '../../lib/format';
import { memorySize, percent } from './statsFormat';
import { useStatsOverview } from './useStatsOverview';

export function HostOverview() {
  const state = useStatsOverview();
  if (state.kind === 'waiting') return null;
  if (state.kind === 'error' && !state.overview) {
    return (
      <span className="truncate text-[12px] text-danger-text" title={state.message}>
        Host usage unavailable: {state.message}
      </span>
    );
  }
  const overview = state.overview!;
  const cpuShare = overview.hostCpus > 0 ? overview.cpuPercent / (overview.hostCpus * 100) : 0;
  const memoryShare = overview.hostMemory > 0 ? overview.memoryUsage / overview.hostMemory : 0;
  return (
    <div
      role="group"
      aria-label="Host usage by running containers"
      title={`${plural(overview.running, 'running container')} on ${plural(overview.hostCpus, 'CPU')} and ${memorySize(overview.hostMemory)}`}
      className="flex items-center gap-4 text-[12px] text-text-muted tabular"
    >
      <Usage label="CPU" value={percent(overview.cpuPercent)} of={`${overview.hostCpus * 100}%`} share={cpuShare} />
      <Usage
        label="Memory"
        value={memorySize(overview.memoryUsage)}
        of={memorySize(overview.hostMemory)}
        share={memoryShare}
      />
    </div>
  );
}

function Usage({ label, value, of, share }: { label: string; value: string; of: string; share: number }) {
  const width = `${Math.round(Math.min(1, Math.max(0, share)) * 100)}%`;
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap">
      {label}
      <span className="font-medium text-text">{value}</span>
      <span>/ {of}</span>
      <span
        aria-hidden="true"
        className="h-1.5 w-10 overflow-hidden rounded-full bg-surface-sunken ring-1 ring-border ring-inset"
      >
        <span className="block h-full rounded-full bg-accent" style={{ width }} />
      </span>
    </span>
  );
}
