/**
 * JSON and logfmt lines, and the level of any line. A structured line shows its message first and
 * its other fields folded; its level comes from the field the common loggers write it to (pino,
 * bunyan, zap, logrus, slog, winston, Serilog, ECS). A plain line's level comes from how servers
 * mark it: "ERROR", "[warn]", "level=info", klog's "E1204", Postgres' "FATAL:".
 */
import type { LogLevel, StructuredLine } from './types';

/** Structured parsing stops here: a huge line is shown as text rather than parsed on every render. */
const MAX_STRUCTURED_LENGTH = 64 * 1024;
const LEVEL_KEYS = ['level', 'lvl', 'severity', 'loglevel', 'log.level', 'levelname', '@l', 'level_name'];
const MESSAGE_KEYS = ['msg', 'message', '@m', '@mt'];

/** A JSON object line or a logfmt line (key=value pairs), read; null for anything else. */
export function parseStructured(plain: string): StructuredLine | null {
  if (plain.length > MAX_STRUCTURED_LENGTH) return null;
  const trimmed = plain.trim();
  if (trimmed.startsWith('{') && trimmed.endsWith('}')) return parseJsonLine(trimmed);
  if (trimmed.includes('=')) return parseLogfmtLine(trimmed);
  return null;
}

function parseJsonLine(text: string): StructuredLine | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  return read('json', Object.entries(record), nestedLevel(record));
}

/** ECS writes {"log": {"level": "info"}}. */
function nestedLevel(record: Record<string, unknown>): unknown {
  const log = record.log;
  return log && typeof log === 'object' && !Array.isArray(log) ? (log as Record<string, unknown>).level : undefined;
}

/** From the line's pairs: the level and message keys taken out, the rest kept in order as text. */
function read(
  format: StructuredLine['format'],
  pairs: Array<[string, unknown]>,
  fallbackLevel?: unknown,
): StructuredLine {
  let level: LogLevel | null = null;
  let message: string | null = null;
  const fields: Array<[string, string]> = [];
  for (const [key, value] of pairs) {
    const lower = key.toLowerCase();
    if (level === null && LEVEL_KEYS.includes(lower)) {
      level = normaliseLevel(value);
      if (level !== null) continue;
    }
    if (message === null && MESSAGE_KEYS.includes(lower) && typeof value === 'string') {
      message = value;
      continue;
    }
    fields.push([key, asText(value)]);
  }
  if (level === null && fallbackLevel !== undefined) level = normaliseLevel(fallbackLevel);
  return { format, level, message, fields };
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  return JSON.stringify(value);
}

const LEVEL_WORDS: Record<string, LogLevel> = {
  fatal: 'error',
  panic: 'error',
  dpanic: 'error',
  crit: 'error',
  critical: 'error',
  emerg: 'error',
  emergency: 'error',
  alert: 'error',
  error: 'error',
  err: 'error',
  e: 'error',
  f: 'error',
  warning: 'warn',
  warn: 'warn',
  w: 'warn',
  info: 'info',
  information: 'info',
  informational: 'info',
  notice: 'info',
  i: 'info',
  debug: 'debug',
  dbug: 'debug',
  d: 'debug',
  trace: 'trace',
  verbose: 'trace',
  v: 'trace',
};

/** A level as loggers write it: a word in any case, one of Serilog's letters, or pino's and bunyan's numbers. */
export function normaliseLevel(value: unknown): LogLevel | null {
  if (typeof value === 'number') {
    if (value >= 50) return 'error';
    if (value >= 40) return 'warn';
    if (value >= 30) return 'info';
    if (value >= 20) return 'debug';
    return value >= 10 ? 'trace' : null;
  }
  if (typeof value !== 'string') return null;
  return LEVEL_WORDS[value.trim().toLowerCase()] ?? null;
}

const LOGFMT_KEY = /^[A-Za-z_@][\w.\-/@]*$/;

/**
 * logfmt: space-separated key=value pairs, values bare or double-quoted with backslash escapes.
 * A line is logfmt only when every token is a pair and there are at least two, so a sentence
 * with one "port=8080" in it stays a sentence.
 */
export function parseLogfmtLine(text: string): StructuredLine | null {
  const pairs: Array<[string, unknown]> = [];
  let i = 0;
  while (i < text.length) {
    while (text[i] === ' ' || text[i] === '\t') i += 1;
    if (i >= text.length) break;
    const eq = text.indexOf('=', i);
    if (eq === -1) return null;
    const key = text.slice(i, eq);
    if (!LOGFMT_KEY.test(key)) return null;
    i = eq + 1;
    let value = '';
    if (text[i] === '"') {
      i += 1;
      let closed = false;
      while (i < text.length) {
        const ch = text[i]!;
        if (ch === '\\' && i + 1 < text.length) {
          const next = text[i + 1]!;
          value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
          i += 2;
        } else if (ch === '"') {
          closed = true;
          i += 1;
          break;
        } else {
          value += ch;
          i += 1;
        }
      }
      if (!closed) return null;
      if (i < text.length && text[i] !== ' ' && text[i] !== '\t') return null;
    } else {
      const end = nextSpace(text, i);
      value = text.slice(i, end);
      if (value.includes('"')) return null;
      i = end;
    }
    pairs.push([key, value]);
  }
  return pairs.length >= 2 ? read('logfmt', pairs) : null;
}

function nextSpace(text: string, from: number): number {
  for (let j = from; j < text.length; j += 1) if (text[j] === ' ' || text[j] === '\t') return j;
  return text.length;
}

/** Only the start of a line names its level; a word deep in the message ("no error found") does not. */
const LEVEL_SCAN_LENGTH = 160;
const UPPER_LEVEL =
  /(?:^|[^\w-])(FATAL|PANIC|CRITICAL|CRIT|EMERG|ALERT|ERROR|ERR|WARNING|WARN|INFO|NOTICE|DEBUG|TRACE|VERBOSE)(?![\w-])/;
const BRACKETED_LEVEL =
  /[[<(|](fatal|panic|critical|crit|emerg|alert|error|err|warning|warn|info|notice|debug|trace|verbose)[\]>)|]/i;
const KEYED_LEVEL = /\b(?:level|lvl|severity)[=:]\s*"?([A-Za-z]+)/i;
const LEADING_LEVEL = /^(fatal|panic|error|warning|warn|info|notice|debug|trace)(?=[:\s])/i;
/** klog / glog: "E1204 13:00:00.000000 …". */
const KLOG_LEVEL = /^([EWIF])\d{4} \d{2}:\d{2}:\d{2}/;

/** The level a plain-text line names ("ERROR", "[warn]", "level=info"…), or null. */
export function detectLevel(plain: string): LogLevel | null {
  const head = plain.length > LEVEL_SCAN_LENGTH ? plain.slice(0, LEVEL_SCAN_LENGTH) : plain;
  const klog = KLOG_LEVEL.exec(head);
  if (klog) return normaliseLevel(klog[1]);
  const leading = LEADING_LEVEL.exec(head);
  if (leading) return normaliseLevel(leading[1]);
  let best: { at: number; word: string } | null = null;
  for (const pattern of [UPPER_LEVEL, BRACKETED_LEVEL, KEYED_LEVEL]) {
    const m = pattern.exec(head);
    if (m && (best === null || m.index < best.at)) best = { at: m.index, word: m[1]! };
  }
  return best ? normaliseLevel(best.word) : null;
}
