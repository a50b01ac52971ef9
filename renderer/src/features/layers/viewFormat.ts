/** Small pure formatters for the layer views. */
import { formatSize } from '../../lib/format';

/** 0.9423 → "94.2%"; never rounds up to 100% (or down to 0%) when it is not quite. */
export function formatEfficiency(efficiency: number): string {
  const clamped = Math.min(1, Math.max(0, efficiency));
  let tenths = Math.round(clamped * 1000);
  if (tenths === 1000 && clamped < 1) tenths = 999;
  if (tenths === 0 && clamped > 0) tenths = 1;
  return `${(tenths / 10).toFixed(1)}%`;
}

const MIB = 1024 * 1024;

/** "1 MiB" for the viewer's cut-off, binary units when exact, CLI sizes otherwise. */
export function formatLimit(bytes: number): string {
  if (bytes > 0 && bytes % MIB === 0) return `${bytes / MIB} MiB`;
  if (bytes > 0 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return formatSize(bytes);
}

/** Line numbers' gutter width in characters. */
export function gutterWidth(lines: number): number {
  return Math.max(2, String(Math.max(1, lines)).length);
}
