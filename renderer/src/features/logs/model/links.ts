/** WIP stub (issue 9): http(s) links inside a line, as [start, end) ranges of its plain text. */
import type { MatchRange } from './types';

export function findLinks(plain: string): MatchRange[] {
  const out: MatchRange[] = [];
  for (const m of plain.matchAll(/https?:\/\/[^\s"'<>]+/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}
