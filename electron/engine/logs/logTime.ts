/**
 * `since`/`until` as the Engine takes them: Unix seconds with a fraction ("1764636792.250000000").
 * The contract lets people write what `docker logs` accepts — a duration back from now, an RFC 3339
 * time, or Unix seconds — and, as the docker CLI does, we convert on our side.
 */
import { GantryError } from '../../shared/errors';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
const RFC3339 = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;

/** Epoch milliseconds + extra nanoseconds → "seconds.nanoseconds" (9 digits, as the CLI sends). */
function unixSeconds(ms: number, extraNanos = 0): string {
  const whole = Math.max(0, ms);
  const seconds = Math.floor(whole / 1000);
  const nanos = Math.min(999_999_999, Math.round((whole - seconds * 1000) * 1e6) + extraNanos);
  return `${seconds}.${String(nanos).padStart(9, '0')}`;
}

/** A contract `logTime` value → the Engine's form; `nowMs` is when durations count back from. */
export function engineLogTime(value: string | number, nowMs = Date.now()): string {
  if (typeof value === 'number') return String(value);
  if (DURATION.test(value)) {
    let ms = 0;
    for (const [, amount, unit] of value.matchAll(DURATION_PART)) ms += Number(amount) * UNIT_MS[unit!]!;
    return unixSeconds(nowMs - ms);
  }
  const match = RFC3339.exec(value);
  if (match) {
    const [, dateTime, fraction = '', zone] = match;
    const ms = Date.parse(`${dateTime}${zone}`);
    if (Number.isFinite(ms)) return unixSeconds(ms, Number(fraction.padEnd(9, '0')));
  }
  throw new GantryError(
    'BAD_INPUT',
    `"${value}" is not a time: use a duration like 15m, an RFC 3339 time or Unix seconds.`,
  );
}
