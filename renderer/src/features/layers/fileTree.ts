/**
 * A layer's flat file list as a tree: folder sizes summed from their descendants, parent folders
 * made up when the list does not name them, children sorted lazily (only folders someone opens),
 * and the visible rows flattened for a virtualised list. Pure and fast for 100k entries.
 */

export type FileType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'other';
export type FileChange = 'added' | 'modified' | 'removed';

/** One entry of a layer's index, as the backend lists it (path-sorted). */
export interface FileEntry {
  /** "etc/ssl/certs" or "/etc/ssl/certs" (a trailing "/" is fine too). */
  path: string;
  type: FileType;
  size: number;
  mode: number;
  uid: number;
  gid: number;
  linkTarget?: string;
  change?: FileChange;
}

export interface TreeNode {
  name: string;
  /** Absolute, "/etc/ssl"; the root is "/". */
  path: string;
  /** The listed entry, or null for a folder the list only implies. */
  entry: FileEntry | null;
  type: FileType;
  /** A file's own size; a folder's sum of everything under it (plus its own entry's size). */
  size: number;
  /** Files (non-folders) under a folder; 0 for a file. */
  files: number;
  /** Children in list order; null for non-folders. */
  children: TreeNode[] | null;
  /** Children in sorted order, cached per sort key. */
  sorted?: Partial<Record<SortKey, TreeNode[]>>;
}

export type SortKey = 'name' | 'size';

/** "/etc/ssl/" → "etc/ssl"; "./a" → "a". */
export function normalizePath(path: string): string {
  let start = 0;
  let end = path.length;
  if (path.startsWith('./')) start = 2;
  while (start < end && path.charCodeAt(start) === 47) start++;
  while (end > start && path.charCodeAt(end - 1) === 47) end--;
  return path.slice(start, end);
}

function folder(name: string, path: string, entry: FileEntry | null): TreeNode {
  return { name, path, entry, type: 'dir', size: 0, files: 0, children: [] };
}

/** Builds the tree. Later duplicates of a path replace earlier ones. */
export function buildTree(entries: readonly FileEntry[]): TreeNode {
  const root = folder('/', '/', null);
  const dirs = new Map<string, TreeNode>([['', root]]);

  const dirFor = (rel: string): TreeNode => {
    const known = dirs.get(rel);
    if (known) return known;
    const slash = rel.lastIndexOf('/');
    const parent = dirFor(slash < 0 ? '' : rel.slice(0, slash));
    const node = folder(rel.slice(slash + 1), `/${rel}`, null);
    parent.children!.push(node);
    dirs.set(rel, node);
    return node;
  };

  // The list is path-sorted, so consecutive files mostly share a folder: skip the map for those.
  let lastDir = '';
  let lastNode = root;
  for (const entry of entries) {
    const rel = normalizePath(entry.path);
    if (rel === '') {
      root.entry = entry;
      continue;
    }
    if (entry.type === 'dir') {
      const node = dirFor(rel);
      node.entry = entry;
      continue;
    }
    const slash = rel.lastIndexOf('/');
    const dir = slash < 0 ? '' : rel.slice(0, slash);
    if (dir !== lastDir) {
      lastDir = dir;
      lastNode = dirFor(dir);
    }
    lastNode.children!.push({
      name: rel.slice(slash + 1),
      path: `/${rel}`,
      entry,
      type: entry.type,
      size: entry.size,
      files: 1,
      children: null,
    });
  }
  sumSizes(root);
  return root;
}

/** Post-order, iteratively (deep trees must not overflow the stack). */
function sumSizes(root: TreeNode): void {
  const order: TreeNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    order.push(node);
    if (node.children) for (const child of node.children) if (child.children) stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    let size = node.entry?.size ?? 0;
    let files = 0;
    for (const child of node.children!) {
      size += child.size;
      files += child.files;
    }
    node.size = size;
    node.files = files;
  }
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compareName(a: TreeNode, b: TreeNode): number {
  const aDir = a.children !== null;
  const bDir = b.children !== null;
  if (aDir !== bDir) return aDir ? -1 : 1;
  return collator.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

function compareSize(a: TreeNode, b: TreeNode): number {
  return b.size - a.size || compareName(a, b);
}

export function sortedChildren(node: TreeNode, sort: SortKey): TreeNode[] {
  if (!node.children) return [];
  const cache = (node.sorted ??= {});
  return (cache[sort] ??= [...node.children].sort(sort === 'name' ? compareName : compareSize));
}

export interface FlatRow {
  node: TreeNode;
  /** 0 for the root's children. */
  depth: number;
  expanded: boolean;
  /** A folder with at least one child left after the size filter. */
  expandable: boolean;
}

export interface FlattenOptions {
  /** Paths of expanded folders ("/etc"). */
  expanded: ReadonlySet<string>;
  sort: SortKey;
  /** Hide anything (files or whole folders) smaller than this many bytes. */
  minSize?: number;
  /** Treat every folder as expanded. */
  expandAll?: boolean;
}

/** The rows a tree view shows, top to bottom: the root's children and every expanded folder's. */
export function flattenVisible(root: TreeNode, options: FlattenOptions): FlatRow[] {
  const { expanded, sort, minSize = 0, expandAll = false } = options;
  const rows: FlatRow[] = [];
  const keep = (node: TreeNode) => node.size >= minSize;
  // Stack of [node, depth], children pushed in reverse so they pop in order.
  const stack: { node: TreeNode; depth: number }[] = [];
  const pushChildren = (node: TreeNode, depth: number) => {
    const children = sortedChildren(node, sort);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (keep(child)) stack.push({ node: child, depth });
    }
  };
  pushChildren(root, 0);
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const expandable = node.children !== null && node.children.some(keep);
    const open = expandable && (expandAll || expanded.has(node.path));
    rows.push({ node, depth, expanded: open, expandable });
    if (open) pushChildren(node, depth + 1);
  }
  return rows;
}

/** Every folder's path (for "expand all" by set, when a view wants to keep toggling afterwards). */
export function allFolderPaths(root: TreeNode): Set<string> {
  const out = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!node.children) continue;
    if (node !== root) out.add(node.path);
    for (const child of node.children) if (child.children) stack.push(child);
  }
  return out;
}

/** The folders to open so that `path` shows: "/a/b/c" → "/a", "/a/b". */
export function ancestorPaths(path: string): string[] {
  const parts = normalizePath(path).split('/');
  const out: string[] = [];
  for (let i = 1; i < parts.length; i++) out.push(`/${parts.slice(0, i).join('/')}`);
  return out;
}

export interface ChangeStats {
  added: { count: number; bytes: number };
  modified: { count: number; bytes: number };
  removed: { count: number; bytes: number };
}

/** Counts and bytes per kind of change (entries without a change are not counted). */
export function changeStats(entries: readonly FileEntry[]): ChangeStats {
  const stats: ChangeStats = {
    added: { count: 0, bytes: 0 },
    modified: { count: 0, bytes: 0 },
    removed: { count: 0, bytes: 0 },
  };
  for (const entry of entries) {
    if (!entry.change) continue;
    const slot = stats[entry.change];
    slot.count++;
    slot.bytes += entry.size;
  }
  return stats;
}
