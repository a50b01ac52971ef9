/**
 * Path patterns for layer search. `*` is any run of characters within one path segment, `?` one
 * character (not "/"), `**` any number of whole segments (also none). A pattern without "/"
 * matches a name at any depth ("*.pem"); one with "/" is anchored at the root ("/etc/*.conf",
 * the leading "/" optional). A plain path with no wildcards matches itself and everything under it
 * ("/etc/ssl" finds "/etc/ssl/certs/ca.pem"), as does any pattern ending in "/".
 */

export function hasWildcards(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

function escape(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

/** The pattern's body as a regular expression source, without anchors. */
function translate(pattern: string): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      const atSegmentStart = i === 0 || pattern[i - 1] === '/';
      const atSegmentEnd = i + 2 === pattern.length || pattern[i + 2] === '/';
      i += 2;
      if (atSegmentStart && pattern[i] === '/') {
        // "**/": zero or more whole segments.
        out += '(?:[^/]*/)*';
        i++;
      } else if (atSegmentStart && atSegmentEnd) {
        out += '.*';
      } else {
        out += '[^/]*';
      }
    } else if (c === '*') {
      out += '[^/]*';
      i++;
    } else if (c === '?') {
      out += '[^/]';
      i++;
    } else {
      out += escape(c);
      i++;
    }
  }
  return out;
}

/** A predicate over absolute or relative paths ("/etc/ssl" and "etc/ssl" are the same path). */
export function globMatcher(pattern: string): (path: string) => boolean {
  const trimmed = pattern.trim();
  if (trimmed === '' || trimmed === '/') return () => true;
  const subtree = trimmed.endsWith('/') || !hasWildcards(trimmed);
  const body = trimmed.replace(/^\/+/, '').replace(/\/+$/, '');
  const anchored = trimmed.includes('/');
  const source = `${anchored ? '^' : '(?:^|/)'}${translate(body)}${subtree ? '(?:/.*)?' : ''}$`;
  const regex = new RegExp(source);
  return (path: string) => regex.test(path.replace(/^\/+/, ''));
}
