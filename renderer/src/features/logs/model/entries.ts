/** One LogLine from the backend → the LogEntry the viewer keeps: parsed once, on arrival, never per render. */
import type { LogLine } from '../../../../../electron/shared/dto';
import { parseAnsi } from './ansi';
import { continuesPrevious } from './stackTraces';
import { detectLevel, parseStructured } from './structured';
import type { LogEntry } from './types';

/**
 * `previous` is the line before this one in the same view; a stack trace continues only within one
 * container and one stream (a stderr trace is not continued by a stdout line printed meanwhile).
 */
export function toEntry(line: LogLine, seq: number, source: number, previous?: LogEntry): LogEntry {
  const { plain, spans } = parseAnsi(line.text);
  const sameStream = previous !== undefined && previous.source === source && previous.stream === line.stream;
  const continuation = sameStream && continuesPrevious(previous, plain);
  const structured = continuation ? null : parseStructured(plain);
  const parsedTime = Date.parse(line.ts);
  return {
    seq,
    source,
    stream: line.stream,
    ts: line.ts,
    // A line whose time did not parse sorts with the line before it, not at 1970.
    tsMs: Number.isNaN(parsedTime) ? (previous?.tsMs ?? 0) : parsedTime,
    text: line.text,
    plain,
    ...(spans ? { spans } : {}),
    // A frame carries its trace's level, so a level filter keeps the trace whole.
    level: continuation ? (previous?.level ?? null) : (structured?.level ?? detectLevel(plain)),
    structured,
    continuation,
    ...(line.cutBytes ? { cutBytes: line.cutBytes } : {}),
  };
}
