/**
 * One line's text cut into runs where its style, search highlight or link changes, so the line
 * renders as plain React text nodes in spans, marks and links (never HTML). Pure: unit-tested.
 */
import type { MatchRange, StyledSpan } from './model/types';

export interface TextRun {
  text: string;
  /** Offset of the run in the line's plain text. */
  start: number;
  span?: StyledSpan;
  /** Inside a search match; 'current' for the match next/previous moved to. */
  mark?: 'match' | 'current';
  /** Inside a link: the link's whole URL. */
  href?: string;
}

export interface RunInput {
  plain: string;
  spans?: readonly StyledSpan[];
  matches?: readonly MatchRange[];
  /** The current match, one of `matches`. */
  current?: MatchRange | null;
  links?: readonly MatchRange[];
  /** Only the first `limit` characters (a runaway line before "show all"). */
  limit?: number;
}

function inside(ranges: readonly MatchRange[] | undefined, at: number): MatchRange | undefined {
  if (!ranges) return undefined;
  for (const range of ranges) if (at >= range[0] && at < range[1]) return range;
  return undefined;
}

export function textRuns({ plain, spans, matches, current, links, limit }: RunInput): TextRun[] {
  const end = Math.min(plain.length, limit ?? plain.length);
  const cuts = new Set<number>([0, end]);
  const spanAt: Array<[number, StyledSpan]> = [];
  if (spans) {
    let offset = 0;
    for (const span of spans) {
      spanAt.push([offset, span]);
      cuts.add(offset);
      offset += span.text.length;
      cuts.add(offset);
    }
  }
  for (const list of [matches, links]) for (const [a, b] of list ?? []) cuts.add(a).add(b);
  const points = [...cuts].filter((p) => p >= 0 && p <= end).sort((a, b) => a - b);

  const runs: TextRun[] = [];
  let spanIndex = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const stop = points[i + 1]!;
    if (stop <= start) continue;
    while (spanIndex + 1 < spanAt.length && spanAt[spanIndex + 1]![0] <= start) spanIndex++;
    const span =
      spanAt[spanIndex]?.[0] !== undefined && spanAt[spanIndex]![0] <= start ? spanAt[spanIndex]![1] : undefined;
    const match = inside(matches, start);
    const link = inside(links, start);
    const run: TextRun = { text: plain.slice(start, stop), start };
    if (span) run.span = span;
    if (match) run.mark = current && current[0] === match[0] && current[1] === match[1] ? 'current' : 'match';
    if (link) run.href = plain.slice(link[0], link[1]);
    runs.push(run);
  }
  return runs;
}
