/** WIP stub (issue 9): one LogLine from the backend → the LogEntry the viewer keeps. */
import type { LogLine } from '../../../../../electron/shared/dto';
import { parseAnsi } from './ansi';
import { continuesPrevious } from './stackTraces';
import { detectLevel, parseStructured } from './structured';
import type { LogEntry } from './types';

export function toEntry(line: LogLine, seq: number, source: number, previous?: LogEntry): LogEntry {
  const { plain, spans } = parseAnsi(line.text);
  const structured = parseStructured(plain);
  const continuation = continuesPrevious(previous, plain);
  return {
    seq,
    source,
    stream: line.stream,
    ts: line.ts,
    tsMs: Date.parse(line.ts),
    text: line.text,
    plain,
    ...(spans ? { spans } : {}),
    level: structured?.level ?? (continuation ? (previous?.level ?? null) : detectLevel(plain)),
    structured,
    continuation,
    ...(line.cutBytes ? { cutBytes: line.cutBytes } : {}),
  };
}
