/**
 * One live chart (uPlot, canvas): the last five minutes of one or two series, sized to its panel
 * (ResizeObserver), coloured from the theme and redrawn in the other theme's colours when it
 * changes. For assistive technology the chart is one image whose label says what it shows and its
 * latest value; the figures themselves are text beside it.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { readChartTheme, useColourScheme, withAlpha, type SeriesTone } from './chartTheme';

/** The x axis spans this many seconds, ending at the newest sample: the chart scrolls as it grows. */
export const WINDOW_SECONDS = 300;
const HEIGHT = 148;

export interface ChartSeries {
  label: string;
  tone: SeriesTone;
}

export interface StatsChartProps {
  /** The image's accessible name: what it shows and its latest value. */
  label: string;
  series: readonly ChartSeries[];
  /** [times in seconds, one column per series]. */
  data: uPlot.AlignedData;
  /** An axis value as text: "50%", "1.5MiB", "12kB/s". */
  formatValue: (value: number) => string;
  /** The y axis starts at 0 and reaches at least this (an idle container's chart is not all noise). */
  minMax: number;
  /** The y axis' tick steps (binary ones for bytes, so ticks read 512KiB, 1MiB); uPlot's decimal ones by default. */
  incrs?: number[];
  /** The pointer is over row `index` of `data` (null: it left). */
  onHover?: (index: number | null) => void;
}

/** Every minute back from the window's end. */
function minuteSplits(u: uPlot): number[] {
  const end = u.scales.x!.max ?? 0;
  return Array.from({ length: WINDOW_SECONDS / 60 + 1 }, (_, i) => end - WINDOW_SECONDS + i * 60);
}

function minuteLabels(u: uPlot, splits: number[]): string[] {
  const end = u.scales.x!.max ?? 0;
  return splits.map((t) => {
    const minutes = Math.round((end - t) / 60);
    return minutes === 0 ? 'now' : `${minutes} min ago`;
  });
}

/** 1, 2, 4 … 512 of each binary unit: byte axes tick at round binary sizes. */
export const BINARY_INCRS: number[] = [0, 1, 2, 3, 4].flatMap((power) =>
  [1, 2, 4, 8, 16, 32, 64, 128, 256, 512].map((step) => step * 1024 ** power),
);

export function StatsChart({ label, series, data, formatValue, minMax, incrs, onHover }: StatsChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const scheme = useColourScheme();
  // The latest props for uPlot's callbacks, which outlive a render.
  const latest = useRef({ formatValue, minMax, data, incrs, onHover });
  useEffect(() => {
    latest.current = { formatValue, minMax, data, incrs, onHover };
  });

  // Made again when the theme changes: colours are baked into the options.
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const theme = readChartTheme();
    const axis = {
      stroke: theme.axis,
      font: theme.font,
      grid: { stroke: theme.grid, width: 1 },
      ticks: { show: false },
    };
    const made = new uPlot(
      {
        width: Math.max(1, element.clientWidth),
        height: HEIGHT,
        legend: { show: false },
        // Room above the top tick's label, and right of the last minute's ("now").
        padding: [10, 16, 0, 0],
        hooks: { setCursor: [(u) => latest.current.onHover?.(u.cursor.idx ?? null)] },
        cursor: { drag: { x: false, y: false }, points: { size: 6 } },
        scales: {
          x: {
            time: true,
            range: (_u, _min, max) => {
              const end = Number.isFinite(max) ? max : Date.now() / 1000;
              return [end - WINDOW_SECONDS, end];
            },
          },
          y: { range: (_u, _min, max) => [0, Math.max(latest.current.minMax, (max || 0) * 1.15)] },
        },
        axes: [
          // Minutes before the newest sample, not clock times: the window always ends "now".
          { ...axis, size: 34, gap: 12, splits: minuteSplits, values: minuteLabels },
          {
            ...axis,
            size: 64,
            space: 32,
            ...(latest.current.incrs ? { incrs: latest.current.incrs } : {}),
            values: (_u, splits) => splits.map((v) => latest.current.formatValue(v)),
          },
        ],
        series: [
          {},
          ...series.map((s, i) => ({
            label: s.label,
            stroke: theme.tones[s.tone],
            width: 1.5,
            // The first series is filled; a second one stays a line so both read.
            fill: i === 0 ? withAlpha(theme.tones[s.tone], 0.14) : undefined,
            points: { show: false },
            spanGaps: false,
          })),
        ],
      },
      latest.current.data,
      element,
    );
    chart.current = made;
    const resize = new ResizeObserver(() => {
      const width = Math.max(1, Math.floor(element.clientWidth));
      if (width !== made.width) made.setSize({ width, height: HEIGHT });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      made.destroy();
      chart.current = null;
    };
    // The series are fixed per chart; a theme change re-creates it.
  }, [scheme]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    chart.current?.setData(data);
  }, [data]);

  return <div ref={host} role="img" aria-label={label} className="min-w-0" style={{ height: HEIGHT }} />;
}
