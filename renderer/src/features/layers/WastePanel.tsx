/**
 * Wasted space: bytes stored in the image's layers that the final filesystem no longer shows
 * (a file written twice, or written and deleted later). The score, the total, the worst paths.
 */
import { useId } from 'react';
import { formatSize, plural } from '../../lib/format';
import { formatEfficiency } from './viewFormat';

export interface WastedPath {
  path: string;
  wastedBytes: number;
  /** The layers that wrote the path, oldest first. */
  layers: number[];
}

export interface WastePanelProps {
  /** 0..1: the share of stored bytes the final filesystem uses. */
  efficiency: number;
  wastedBytes: number;
  storedBytes: number;
  /** The paths wasting most, largest first. */
  top: readonly WastedPath[];
  onReveal: (layerIndex: number, path: string) => void;
  layerLabel?: (layerIndex: number) => string;
}

const defaultLabel = (layerIndex: number) => `Layer ${layerIndex + 1}`;

export function WastePanel({
  efficiency,
  wastedBytes,
  storedBytes,
  top,
  onReveal,
  layerLabel = defaultLabel,
}: WastePanelProps) {
  const id = useId();
  const score = formatEfficiency(efficiency);
  const tone = efficiency >= 0.95 ? 'bg-running' : efficiency >= 0.8 ? 'bg-paused' : 'bg-danger';
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col">
      <div className="flex flex-wrap items-end gap-x-8 gap-y-3 border-b border-border px-4 py-4">
        <div>
          <h2 id={`${id}-title`} className="text-[12px] font-medium text-text-muted">
            Layer efficiency
          </h2>
          <p className="text-[22px] leading-7 font-semibold text-text tabular">
            {score} <span className="text-[13px] font-normal text-text-muted">efficient</span>
          </p>
        </div>
        <div>
          <p className="text-[12px] font-medium text-text-muted">Wasted</p>
          <p className="text-[15px] leading-7 text-text tabular" title={`${wastedBytes.toLocaleString()} bytes`}>
            {formatSize(wastedBytes)}
            <span className="text-[12.5px] text-text-muted"> of {formatSize(storedBytes)} stored</span>
          </p>
        </div>
        <div
          role="meter"
          aria-label="Efficiency"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(efficiency * 1000) / 10}
          aria-valuetext={`${score} efficient`}
          className="mb-2.5 h-1.5 max-w-md min-w-40 flex-1 overflow-hidden rounded-full bg-surface-sunken"
        >
          <div
            className={`h-full rounded-full ${tone}`}
            style={{ width: `${Math.min(1, Math.max(0, efficiency)) * 100}%` }}
          />
        </div>
      </div>
      {top.length === 0 ? (
        <p className="px-4 py-6 text-center text-text-muted">No file is stored twice: nothing is wasted.</p>
      ) : (
        <table className="w-full table-fixed text-left">
          <caption className="sr-only">Paths wasting the most space</caption>
          <thead>
            <tr className="h-8 border-b border-border text-[12px] text-text-muted">
              <th scope="col" className="pl-4 font-medium">
                Path
              </th>
              <th scope="col" className="w-24 pr-3 text-right font-medium">
                Wasted
              </th>
              <th scope="col" className="w-[40%] pr-4 font-medium">
                Written by
              </th>
            </tr>
          </thead>
          <tbody>
            {top.map((item) => (
              <tr key={item.path} className="h-9 border-b border-border/70 hover:bg-hover">
                <td className="truncate pl-4 font-mono text-[12px] text-text" title={item.path}>
                  {item.path}
                </td>
                <td className="pr-3 text-right text-text tabular" title={`${item.wastedBytes.toLocaleString()} bytes`}>
                  {formatSize(item.wastedBytes)}
                </td>
                <td className="pr-4">
                  <span
                    className="flex flex-wrap gap-1"
                    aria-label={`Written by ${plural(item.layers.length, 'layer')}`}
                  >
                    {item.layers.map((layer) => (
                      <button
                        key={layer}
                        type="button"
                        onClick={() => onReveal(layer, item.path)}
                        aria-label={`Show ${item.path} in ${layerLabel(layer)}`}
                        className="h-6 rounded-md border border-border bg-surface-raised px-1.5 text-[12px] text-text-muted hover:border-border-strong hover:text-text"
                      >
                        {layerLabel(layer)}
                      </button>
                    ))}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
