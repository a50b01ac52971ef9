/**
 * `docker diff` (containers.changes) as a tree: the flat list of changed paths becomes the layer
 * explorer's entries (so its pure tree, flattening and key helpers serve here too), plus counts of
 * added / modified / deleted paths under every folder and a filter by kind. Pure: unit-tested in
 * test/unit/container-page-changes-tree.test.ts.
 */
import type { ContainerChange, ContainerChangeKind, ContainerChanges } from '../../../../electron/shared/dto';
import { buildTree, normalizePath, type FileChange, type FileEntry, type TreeNode } from '../layers/fileTree';

export const CHANGE_KINDS: readonly ContainerChangeKind[] = ['added', 'modified', 'deleted'];

export type KindCounts = Record<ContainerChangeKind, number>;

export interface ChangesTree {
  root: TreeNode;
  /** Per folder path ("/" for the root): how many changed paths below it, by kind (the folder itself not included). */
  counts: ReadonlyMap<string, KindCounts>;
  /** All changes in the (filtered) tree, by kind. */
  totals: KindCounts;
}

/** The explorer calls a deleted path "removed"; the Engine calls it "deleted". */
const TO_FILE_CHANGE: Record<ContainerChangeKind, FileChange> = {
  added: 'added',
  modified: 'modified',
  deleted: 'removed',
};

export function kindOf(change: FileChange | undefined): ContainerChangeKind | undefined {
  return change === 'removed' ? 'deleted' : change;
}

export function emptyCounts(): KindCounts {
  return { added: 0, modified: 0, deleted: 0 };
}

/**
 * `docker diff` has no file types: a path is a folder when another changed path lies below it,
 * otherwise it is shown as a file (an added empty folder looks like a file; the Engine does not say).
 */
export function toChangeEntries(
  changes: readonly ContainerChange[],
  sizes: Readonly<Record<string, number>>,
): FileEntry[] {
  const rels = changes.map((change) => normalizePath(change.path));
  const parents = new Set<string>();
  for (const rel of rels) {
    for (let slash = rel.indexOf('/'); slash >= 0; slash = rel.indexOf('/', slash + 1))
      parents.add(rel.slice(0, slash));
  }
  const entries = changes.map((change, i): FileEntry => {
    const rel = rels[i]!;
    const isDir = parents.has(rel);
    return {
      path: `/${rel}`,
      type: isDir ? 'dir' : 'file',
      // A folder's own entry has no size (its size is the sum of what is below it).
      size: isDir || change.kind === 'deleted' ? 0 : (sizes[`/${rel}`] ?? sizes[rel] ?? 0),
      mode: 0,
      uid: 0,
      gid: 0,
      change: TO_FILE_CHANGE[change.kind],
    };
  });
  // buildTree wants the list path-sorted (it also copes otherwise, but slower).
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The changes of the chosen kinds (all when `kinds` is empty), with folder counts. */
export function buildChangesTree(
  data: ContainerChanges,
  kinds: ReadonlySet<ContainerChangeKind> = new Set(),
): ChangesTree {
  const shown = kinds.size === 0 ? data.changes : data.changes.filter((change) => kinds.has(change.kind));
  const entries = toChangeEntries(shown, data.sizes);
  const root = buildTree(entries);
  const counts = new Map<string, KindCounts>([['/', emptyCounts()]]);
  const totals = emptyCounts();
  for (const entry of entries) {
    const kind = kindOf(entry.change)!;
    totals[kind]++;
    const rel = normalizePath(entry.path);
    counts.get('/')![kind]++;
    for (let slash = rel.indexOf('/'); slash >= 0; slash = rel.indexOf('/', slash + 1)) {
      const folder = `/${rel.slice(0, slash)}`;
      let slot = counts.get(folder);
      if (!slot) counts.set(folder, (slot = emptyCounts()));
      slot[kind]++;
    }
  }
  return { root, counts, totals };
}

/** How many changes of each kind in the whole list (for the filter's labels). */
export function countKinds(changes: readonly ContainerChange[]): KindCounts {
  const counts = emptyCounts();
  for (const change of changes) counts[change.kind]++;
  return counts;
}

/** "3 added · 1 modified" for a folder's row; kinds with none left out. */
export function countsText(counts: KindCounts | undefined): string {
  if (!counts) return '';
  return CHANGE_KINDS.filter((kind) => counts[kind] > 0)
    .map((kind) => `${counts[kind]} ${kind}`)
    .join(' · ');
}
