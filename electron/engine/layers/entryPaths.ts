/**
 * Tar entry names → our path form, and the overlay whiteout conventions. Pure.
 *
 * Paths are relative to the image root without a leading "/" or "./", "." segments dropped and
 * ".." resolved textually (clamped at the root): an archive never names anything outside the
 * image, and nothing here touches the local filesystem.
 */

const WHITEOUT_PREFIX = '.wh.';
const OPAQUE_MARKER = '.wh..wh..opq';

export function normalisePath(name: string): string {
  const parts: string[] = [];
  for (const part of name.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** "a/b/c" → "a/b"; a top-level path's parent is the root "". */
export function parentPath(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export type WhiteoutMarker = { kind: 'opaque'; dir: string } | { kind: 'remove'; path: string } | null;

/** Whether a (normalised) entry is a whiteout marker, and what it hides. Markers are not files. */
export function whiteoutOf(path: string): WhiteoutMarker {
  const slash = path.lastIndexOf('/');
  const base = slash < 0 ? path : path.slice(slash + 1);
  if (!base.startsWith(WHITEOUT_PREFIX)) return null;
  const dir = slash < 0 ? '' : path.slice(0, slash);
  if (base === OPAQUE_MARKER) return { kind: 'opaque', dir };
  const name = base.slice(WHITEOUT_PREFIX.length);
  if (name === '') return null;
  return { kind: 'remove', path: dir ? `${dir}/${name}` : name };
}
