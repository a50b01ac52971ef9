/**
 * The search itself, with no threads in it: a query compiled to a RegExp, and a run over lines that
 * gives, per matching line, its seq, how often it matches and where. Used inside the search worker
 * (search.worker.ts) and, where no worker can start (unit tests), by LogSearch directly.
 * Results travel as typed arrays so a 100,000-match answer crosses from the worker by transfer.
 */
import type { SearchQuery } from './types';

/** Highlights kept per line; the count still counts every occurrence. */
export const MAX_RANGES_PER_LINE = 1_000;

export type CompiledQuery = { ok: true; source: string; flags: string } | { ok: false; message: string };

/** The query as a RegExp source and flags, or what is wrong with the pattern in plain words. */
export function compileQuery(query: SearchQuery): CompiledQuery {
  const source = query.regex ? query.text : escapeRegExp(query.text);
  const flags = query.caseSensitive ? 'g' : 'gi';
  try {
    new RegExp(source, flags);
  } catch (error) {
    return { ok: false, message: `Not a valid regular expression: ${regExpProblem(error)}.` };
  }
  return { ok: true, source, flags };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** V8 says "Invalid regular expression: /(/gi: Unterminated group"; people need the last part. */
function regExpProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const reason = /: ([^:]+)$/.exec(message)?.[1] ?? message;
  return reason.charAt(0).toLowerCase() + reason.slice(1);
}

/** Matching lines of one run, oldest first. Row r: seq `seqs[r]`, `counts[r]` occurrences, ranges `ranges[2·offsets[r] … 2·offsets[r+1])`. */
export interface MatchChunk {
  seqs: Float64Array;
  counts: Uint32Array;
  /** rows + 1 entries: where each row's ranges start, in pairs. */
  offsets: Uint32Array;
  /** [start, end) pairs, flat. */
  ranges: Uint32Array;
}

/** Every match of `pattern` (global) in texts[from…to), with the lines' seqs. */
export function searchLines(
  pattern: RegExp,
  seqs: ArrayLike<number>,
  texts: ArrayLike<string>,
  from = 0,
  to = texts.length,
): MatchChunk {
  const rowSeqs: number[] = [];
  const rowCounts: number[] = [];
  const rowOffsets: number[] = [0];
  const flat: number[] = [];
  for (let k = from; k < to; k += 1) {
    const text = texts[k]!;
    pattern.lastIndex = 0;
    let occurrences = 0;
    let kept = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        // An empty match ("a*" before "b") highlights nothing; step past it or loop for ever.
        pattern.lastIndex += 1;
        continue;
      }
      occurrences += 1;
      if (kept < MAX_RANGES_PER_LINE) {
        flat.push(m.index, m.index + m[0].length);
        kept += 1;
      }
    }
    if (occurrences > 0) {
      rowSeqs.push(seqs[k]!);
      rowCounts.push(occurrences);
      rowOffsets.push(rowOffsets[rowOffsets.length - 1]! + kept);
    }
  }
  return {
    seqs: Float64Array.from(rowSeqs),
    counts: Uint32Array.from(rowCounts),
    offsets: Uint32Array.from(rowOffsets),
    ranges: Uint32Array.from(flat),
  };
}
