/** A line's Engine timestamp in local time, to the millisecond: "2026-12-04 13:05:09.123". */
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function localLogTime(tsMs: number): string {
  if (!Number.isFinite(tsMs)) return '—';
  const d = new Date(tsMs);
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ` +
    `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`
  );
}
