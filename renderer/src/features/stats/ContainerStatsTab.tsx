/**
 * The container page's Stats tab: the current figures as `docker stats` prints them, and charts of
 * the last five minutes (CPU, memory, network and block I/O rates). A stopped container has none.
 */
import { useMemo, useState } from 'react';
import type uPlot from 'uplot';
import type { ContainerDetail } from '../../../../electron/shared/dto';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ContainerIcon } from '../../components/Icons';
import { Spinner } from '../../components/Spinner';
import { formatSize } from '../../lib/format';
import { BINARY_INCRS, StatsChart, type ChartSeries } from './StatsChart';
import { StatsFigures } from './StatsFigures';
import { memorySize, percent, ratePerSecondText } from './statsFormat';
import { seriesIndex, type StatsHistory } from './statsHistory';
import { useContainerStats } from './useContainerStats';

const CPU_SERIES: readonly ChartSeries[] = [{ label: 'CPU', tone: 'accent' }];
const MEMORY_SERIES: readonly ChartSeries[] = [{ label: 'Memory', tone: 'running' }];
const NETWORK_SERIES: readonly ChartSeries[] = [
  { label: 'Received', tone: 'accent' },
  { label: 'Sent', tone: 'paused' },
];
const BLOCK_SERIES: readonly ChartSeries[] = [
  { label: 'Read', tone: 'accent' },
  { label: 'Written', tone: 'paused' },
];

const cpuAxis = (v: number) => `${Number(v.toFixed(1))}%`;
const rateAxis = (v: number) => `${formatSize(v)}/s`;

export function ContainerStatsTab({ container }: { container: ContainerDetail }) {
  const running = container.state.running;
  const { history, version, state, retry } = useContainerStats(container.id, running);

  if (!running) {
    return (
      <EmptyState icon={<ContainerIcon size={20} />} title="Start the container to see live stats">
        <p>
          The container is {container.state.status}. CPU, memory, network and disk figures are read live from a running
          container.
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="flex max-w-[1240px] flex-col gap-4 px-6 py-5">
      {state.kind === 'error' && (
        <div
          role="alert"
          className="flex items-center gap-3 rounded-lg border border-danger/40 bg-danger/8 px-4 py-2.5 text-danger-text"
        >
          <span className="min-w-0 flex-1">Couldn’t read the stats: {state.message}</span>
          <Button size="sm" variant="ghost" onClick={retry}>
            Retry
          </Button>
        </div>
      )}
      {state.kind === 'gone' && (
        <p role="status" className="text-text-muted">
          The container stopped: these are its last figures.
        </p>
      )}
      {container.state.paused && (
        <p role="status" className="text-text-muted">
          The container is paused: its processes are frozen and use no CPU until resumed.
        </p>
      )}
      <StatsFigures sample={history.latest} rates={history.rates} />
      {history.latest ? (
        <Charts history={history} version={version} />
      ) : (
        state.kind !== 'error' && (
          <p className="flex items-center gap-2 text-text-muted">
            <Spinner /> Waiting for the first sample…
          </p>
        )
      )}
    </div>
  );
}

function Charts({ history, version }: { history: StatsHistory; version: number }) {
  // Fresh arrays once per sample (300 points): uPlot gets new data, React compares by reference.
  const data = useMemo(() => {
    void version;
    const [times, ...series] = history.ring.columns();
    const column = (name: Parameters<typeof seriesIndex>[0]) => series[seriesIndex(name)]!;
    return {
      cpu: [times, column('cpu')] as uPlot.AlignedData,
      memory: [times, column('memory')] as uPlot.AlignedData,
      network: [times, column('netRx'), column('netTx')] as uPlot.AlignedData,
      block: [times, column('blockRead'), column('blockWrite')] as uPlot.AlignedData,
    };
  }, [history, version]);
  const sample = history.latest!;
  const { rates } = history;
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <ChartPanel
        title="CPU"
        label={`CPU usage over the last 5 minutes, now ${percent(sample.cpuPercent)}`}
        series={CPU_SERIES}
        data={data.cpu}
        formatAxis={cpuAxis}
        formatValue={percent}
        minMax={10}
      />
      <ChartPanel
        title="Memory"
        label={`Memory usage over the last 5 minutes, now ${memorySize(sample.memoryUsage)} of ${memorySize(sample.memoryLimit)}`}
        series={MEMORY_SERIES}
        data={data.memory}
        formatAxis={memorySize}
        formatValue={memorySize}
        minMax={1024 * 1024}
        incrs={BINARY_INCRS}
      />
      <ChartPanel
        title="Network"
        label={`Network traffic over the last 5 minutes, now ${ratePerSecondText(rates.netRx)} received and ${ratePerSecondText(rates.netTx)} sent`}
        series={NETWORK_SERIES}
        data={data.network}
        formatAxis={rateAxis}
        formatValue={ratePerSecondText}
        minMax={1000}
      />
      <ChartPanel
        title="Block I/O"
        label={`Block I/O over the last 5 minutes, now ${ratePerSecondText(rates.blockRead)} read and ${ratePerSecondText(rates.blockWrite)} written`}
        series={BLOCK_SERIES}
        data={data.block}
        formatAxis={rateAxis}
        formatValue={ratePerSecondText}
        minMax={1000}
      />
    </div>
  );
}

const SWATCH: Record<ChartSeries['tone'], string> = {
  accent: 'bg-accent',
  running: 'bg-running',
  paused: 'bg-paused',
};

const hoverTime = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

/** A chart in its card: title, a legend with the newest values (or the hovered moment's), the chart. */
function ChartPanel({
  title,
  label,
  series,
  data,
  formatAxis,
  formatValue,
  minMax,
  incrs,
}: {
  title: string;
  label: string;
  series: readonly ChartSeries[];
  data: uPlot.AlignedData;
  formatAxis: (value: number) => string;
  formatValue: (value: number | null) => string;
  minMax: number;
  incrs?: number[];
}) {
  const [hovered, setHovered] = useState<number | null>(null);
  const times = data[0];
  const index = hovered !== null && hovered < times.length ? hovered : times.length - 1;
  const at = times[index];
  return (
    <section aria-label={`${title} chart`} className="min-w-0 rounded-lg border border-border bg-surface p-3 pb-1">
      <div className="mb-1 flex items-center gap-3 px-1">
        <h3 className="text-[13px] font-semibold text-text">{title}</h3>
        <span className="text-[12px] text-text-muted tabular">
          {hovered !== null && at !== undefined ? hoverTime.format(at * 1000) : 'last 5 minutes'}
        </span>
        <ul className="ml-auto flex items-center gap-3 text-[12px] text-text-muted">
          {series.map((s, i) => (
            <li key={s.label} className="flex items-center gap-1.5">
              <span aria-hidden="true" className={`size-2 rounded-full ${SWATCH[s.tone]}`} />
              {s.label}
              <span className="font-medium text-text tabular">{formatValue(data[i + 1]?.[index] ?? null)}</span>
            </li>
          ))}
        </ul>
      </div>
      <StatsChart
        label={label}
        series={series}
        data={data}
        formatValue={formatAxis}
        minMax={minMax}
        incrs={incrs}
        onHover={setHovered}
      />
    </section>
  );
}
