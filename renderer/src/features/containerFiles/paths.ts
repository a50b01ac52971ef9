/** Paths inside a container for the Files tab: breadcrumbs, joining, parents, order. Pure. */
import type { ContainerDirEntry } from '../../../../electron/shared/dto';

export interface Crumb {
  name: string;
  path: string;
}

/** "/etc/ssl" → "/", "/etc", "/etc/ssl" (named "/", "etc", "ssl"). */
export function breadcrumbs(path: string): Crumb[] {
  const parts = path.split('/').filter(Boolean);
  return [{ name: '/', path: '/' }, ...parts.map((name, i) => ({ name, path: `/${parts.slice(0, i + 1).join('/')}` }))];
}

export function joinPath(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir.replace(/\/+$/, '')}/${name}`;
}

/** "/etc/ssl" → "/etc"; "/" stays "/". */
export function parentPath(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const slash = trimmed.lastIndexOf('/');
  return slash <= 0 ? '/' : trimmed.slice(0, slash);
}

/** "/etc/hosts" → "hosts"; "/" → "root". */
export function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1) || 'root';
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Folders first, then by name, as file managers list them. */
export function sortEntries(entries: readonly ContainerDirEntry[]): ContainerDirEntry[] {
  return [...entries].sort(
    (a, b) => Number(b.type === 'dir') - Number(a.type === 'dir') || collator.compare(a.name, b.name),
  );
}

/** Words for an entry's type column. */
export function typeWords(entry: Pick<ContainerDirEntry, 'type'>): string {
  switch (entry.type) {
    case 'dir':
      return 'Folder';
    case 'file':
      return 'File';
    case 'symlink':
      return 'Symlink';
    case 'hardlink':
      return 'Hard link';
    default:
      return 'Special';
  }
}
