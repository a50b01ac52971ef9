/**
 * The since / until inputs of the logs toolbar, checked in the window with the contract's own
 * rule (`logTime` in electron/shared/contract/logs.ts: the renderer bundles no zod, so the two
 * patterns are repeated here; test/unit/logs-time-range.test.ts keeps them in step). People may
 * also type a local time ("2026-12-04 13:05", or "13:05" for today): it is turned into the RFC 3339
 * time the contract takes before it is sent.
 */
export type LogTime = string | number;

const DURATION = /^(?:\d{1,6}(?:\.\d{1,9})?(?:ms|s|m|h)){1,4}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const UNIX_SECONDS = /^\d{1,10}$/;
const MAX_UNIX_SECONDS = 4_102_444_800;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;
const LOCAL_TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

export type ParsedLogTime = { ok: true; value: LogTime | undefined } | { ok: false; message: string };

export const LOG_TIME_HINT = 'a duration like 15m or 1h30m, a time like 13:05 or 2026-12-04 13:05, or Unix seconds';

/** Empty → no bound; otherwise the value to send, or what is wrong with it. `now` for "HH:MM" (today). */
export function parseLogTime(input: string, now = new Date()): ParsedLogTime {
  const text = input.trim();
  if (text === '') return { ok: true, value: undefined };
  if (DURATION.test(text) || RFC3339.test(text)) return { ok: true, value: text };
  if (UNIX_SECONDS.test(text)) {
    const seconds = Number(text);
    return seconds <= MAX_UNIX_SECONDS
      ? { ok: true, value: seconds }
      : { ok: false, message: 'Unix seconds must be before the year 2100.' };
  }
  const local = localTime(text, now);
  if (local) return { ok: true, value: local };
  return { ok: false, message: `Not a time Docker understands: use ${LOG_TIME_HINT}.` };
}

/** A local wall-clock time → RFC 3339 in UTC, or null when it is not one (or not a real date). */
function localTime(text: string, now: Date): string | null {
  let date: Date;
  const full = LOCAL_DATE_TIME.exec(text);
  const short = full ? null : LOCAL_TIME.exec(text);
  if (full) {
    const [y, mo, d, h, mi, s] = full.slice(1).map((part) => Number(part ?? 0));
    date = new Date(y!, mo! - 1, d, h, mi, s);
    if (date.getMonth() !== mo! - 1 || date.getDate() !== d || date.getHours() !== h) return null;
  } else if (short) {
    const [h, mi, s] = short.slice(1).map((part) => Number(part ?? 0));
    if (h! > 23 || mi! > 59 || s! > 59) return null;
    date = new Date(now.getFullYear(), now.getMonth(), now.getDate(), h, mi, s);
  } else return null;
  if (Number.isNaN(date.getTime())) return null;
  // Whole seconds: toISOString gives ".000Z", which the contract's pattern accepts.
  return date.toISOString();
}
