/**
 * "Which layer added, changed or deleted /etc/ssl?": a substring or a glob (`*` within a name,
 * `?` one character, `**` across folders) matched against every layer's changes. Pure.
 */
import type { LayerFileRow, LayerSearchMatch, LayerSearchResult } from '../../shared/dto';

const GLOB = /[*?]/;

/** A matcher for a pattern; a leading "/" is ignored, as paths are stored without it. */
export function pathMatcher(pattern: string): (path: string) => boolean {
  const wanted = pattern.replace(/^\/+/, '');
  if (!GLOB.test(wanted)) {
    const lower = wanted.toLowerCase();
    return (path) => path.toLowerCase().includes(lower);
  }
  let source = '';
  for (let i = 0; i < wanted.length; i++) {
    const char = wanted[i]!;
    if (char === '*' && wanted[i + 1] === '*') {
      // "**/" may also match no folder at all.
      if (wanted[i + 2] === '/') {
        source += '(?:.*/)?';
        i += 2;
      } else {
        source += '.*';
        i += 1;
      }
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const regex = new RegExp(`^${source}$`);
  return (path) => regex.test(path);
}

export function searchChanges(changes: LayerFileRow[][], pattern: string, limit: number): LayerSearchResult {
  const matches = pathMatcher(pattern);
  const found: LayerSearchMatch[] = [];
  let total = 0;
  changes.forEach((rows, layer) => {
    for (const row of rows) {
      if (row.relisted || !matches(row.path)) continue;
      total++;
      if (found.length < limit) found.push({ path: row.path, layer, kind: row.kind, type: row.type, size: row.size });
    }
  });
  return { matches: found, total, truncated: total > found.length };
}
