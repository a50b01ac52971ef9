/**
 * The containers list's CPU and Memory cells. Each reads its own container's sample from the
 * list's stats store, so a new sample re-renders these cells only. Not running → "—".
 */
import type { ContainerSummary } from '../../../../electron/shared/dto';
import { memorySize, percent } from './statsFormat';
import { useListSample } from './useListStats';

const NONE = <span className="text-text-faint">—</span>;
/** Running, first sample on its way (about a second). */
const WAITING = (
  <span className="text-text-faint" title="Waiting for the first sample">
    …
  </span>
);

export function CpuCell({ container }: { container: ContainerSummary }) {
  const running = container.state === 'running';
  const sample = useListSample(container.id, running);
  if (!running) return NONE;
  if (!sample) return WAITING;
  return (
    <span
      className="truncate text-text tabular"
      title={`${percent(sample.cpuPercent)} (100% is one CPU; ${sample.onlineCpus} online)`}
    >
      {percent(sample.cpuPercent)}
    </span>
  );
}

export function MemoryCell({ container }: { container: ContainerSummary }) {
  const running = container.state === 'running';
  const sample = useListSample(container.id, running);
  if (!running) return NONE;
  if (!sample) return WAITING;
  return (
    <span
      className="truncate text-text tabular"
      title={`${memorySize(sample.memoryUsage)} of ${memorySize(sample.memoryLimit)} (${percent(sample.memoryPercent)})`}
    >
      {memorySize(sample.memoryUsage)}
    </span>
  );
}
