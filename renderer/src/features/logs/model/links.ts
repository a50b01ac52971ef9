/**
 * http(s) links inside a line, as [start, end) ranges of its plain text. Only these two schemes
 * become links (a log line is untrusted text: no javascript:, file: or custom schemes), and the
 * punctuation around a link in prose stays out of it: "see https://x.io/a." links https://x.io/a,
 * "(https://x.io/b)" links https://x.io/b.
 */
import type { MatchRange } from './types';

const CANDIDATE = /\bhttps?:\/\/[^\s"'<>`\\^{}|]+/gi;
/** A line with thousands of URLs is a data dump: link the first ones, keep rendering cheap. */
const MAX_LINKS_PER_LINE = 50;
const TRAILING_PUNCTUATION = /[.,;:!?*]+$/;
const CLOSERS: Record<string, string> = { ')': '(', ']': '[' };

export function findLinks(plain: string): MatchRange[] {
  if (!plain.includes('://')) return [];
  const out: MatchRange[] = [];
  for (const m of plain.matchAll(CANDIDATE)) {
    const url = trimUrl(m[0]);
    if (url && isWebUrl(url)) out.push([m.index, m.index + url.length]);
    if (out.length >= MAX_LINKS_PER_LINE) break;
  }
  return out;
}

/** Drops prose punctuation and closing brackets the URL did not open. */
function trimUrl(candidate: string): string {
  let url = candidate;
  for (;;) {
    const before = url;
    url = url.replace(TRAILING_PUNCTUATION, '');
    const last = url[url.length - 1];
    const opener = last ? CLOSERS[last] : undefined;
    if (opener && count(url, last!) > count(url, opener)) url = url.slice(0, -1);
    if (url === before) return url;
  }
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n += 1;
  return n;
}

/** True for an absolute http: or https: URL with a host — what the viewer may hand to the browser. */
export function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}
