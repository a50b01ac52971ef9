/**
 * Stats figures as `docker stats` prints them: CPU and memory percentages with two decimals,
 * memory in binary units (go-units BytesSize, "%.4g"), network and block I/O in decimal units
 * (HumanSizeWithPrecision, 3 digits, lib/format). Pure: test/unit/stats-format.test.ts.
 */
import { formatSize } from '../../lib/format';
import { goFormatG } from '../../lib/goFormat';

/** Go's `%.2f%%`: 12.3456 → "12.35%". */
export function percent(value: number | null): string {
  if (value === null) return '—';
  return `${(Number.isFinite(value) ? value : 0).toFixed(2)}%`;
}

const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'] as const;

/** go-units BytesSize: 1572864 → "1.5MiB", as the MEM USAGE / LIMIT column. */
export function memorySize(bytes: number | null): string {
  if (bytes === null) return '—';
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < BINARY_UNITS.length - 1) {
    size /= 1024;
    unit++;
  }
  return `${goFormatG(size, 4)}${BINARY_UNITS[unit]}`;
}

/** "12.3kB/s"; a dash while the rate is unknown (the first sample). */
export function ratePerSecondText(bytesPerSecond: number | null): string {
  return bytesPerSecond === null ? '—' : `${formatSize(bytesPerSecond)}/s`;
}
