/**
 * Per-layer tar listings → what each layer added, modified and removed against the merged view
 * of the layers below it, with whiteouts applied. Pure and synchronous: the archive reader
 * produces `RawLayer`s, and everything here is unit-tested on hand-made listings.
 */
import type { ChangeKind, LayerFileRow } from '../../shared/dto';
import { parentPath } from './entryPaths';

/** One tar entry of a layer, already normalised; whiteout markers are not entries. A row before its change is known. */
export type RawEntry = Pick<LayerFileRow, 'path' | 'type' | 'size' | 'mode' | 'uid' | 'gid' | 'link'>;

/** A layer as its tar lists it. */
export interface RawLayer {
  entries: RawEntry[];
  /** Paths a `.wh.NAME` marker removes (with everything under them). */
  removed: string[];
  /** Directories holding a `.wh..wh..opq` marker: everything below them from lower layers is hidden. */
  opaqueDirs: string[];
}

/** The merged filesystem: every visible path, and each directory's children for subtree walks. */
export class MergedView {
  readonly rows = new Map<string, LayerFileRow>();
  private readonly children = new Map<string, Set<string>>();

  get(path: string): LayerFileRow | undefined {
    return this.rows.get(path);
  }

  set(row: LayerFileRow): void {
    if (!this.rows.has(row.path)) {
      const parent = parentPath(row.path);
      let siblings = this.children.get(parent);
      if (!siblings) this.children.set(parent, (siblings = new Set()));
      siblings.add(row.path);
    }
    this.rows.set(row.path, row);
  }

  delete(path: string): void {
    if (!this.rows.delete(path)) return;
    this.children.get(parentPath(path))?.delete(path);
  }

  /** Every visible path below `dir` (not `dir` itself), depth first. */
  descendants(dir: string): string[] {
    const found: string[] = [];
    const stack = [dir];
    while (stack.length > 0) {
      const kids = this.children.get(stack.pop()!);
      if (!kids) continue;
      for (const kid of kids) {
        found.push(kid);
        stack.push(kid);
      }
    }
    return found;
  }
}

function sameDirectory(a: RawEntry, b: LayerFileRow): boolean {
  return a.type === 'dir' && b.type === 'dir' && a.mode === b.mode && a.uid === b.uid && a.gid === b.gid;
}

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Applies one layer to `view` (changing it to the merged view as of that layer) and returns the
 * layer's changes, sorted by path. Removed rows are listed one per path that vanished, children
 * of a removed directory included, so replaying the changes reproduces the merged view exactly.
 */
export function applyLayer(view: MergedView, layer: RawLayer, index: number): LayerFileRow[] {
  // A path listed twice in one tar: the later entry is what extraction leaves behind.
  const written = new Map<string, RawEntry>();
  for (const entry of layer.entries) if (entry.path !== '') written.set(entry.path, entry);

  const hidden = new Set<string>();
  for (const dir of layer.opaqueDirs) for (const path of view.descendants(dir)) hidden.add(path);
  for (const target of layer.removed) {
    if (!view.get(target)) continue; // hides nothing: nothing to report
    hidden.add(target);
    for (const path of view.descendants(target)) hidden.add(path);
  }
  // A non-directory written where a directory was replaces the whole subtree.
  for (const entry of written.values()) {
    if (entry.type !== 'dir' && view.get(entry.path)?.type === 'dir') {
      for (const path of view.descendants(entry.path)) hidden.add(path);
    }
  }

  const changes: LayerFileRow[] = [];
  for (const path of hidden) {
    if (written.has(path)) continue; // hidden from below, written again here: a modification
    const lower = view.get(path)!;
    const { relisted: _relisted, ...removed } = lower;
    changes.push({ ...removed, layer: index, kind: 'removed' });
    view.delete(path);
  }
  for (const entry of written.values()) {
    const lower = view.get(entry.path);
    const kind: ChangeKind = lower ? 'modified' : 'added';
    const row: LayerFileRow = { ...entry, layer: index, kind };
    if (lower && sameDirectory(entry, lower)) row.relisted = true;
    changes.push(row);
    view.set(row);
  }
  return changes.sort(byPath);
}

/** Every layer's changes, bottom first, and the final merged view. */
export function computeChanges(layers: RawLayer[]): { changes: LayerFileRow[][]; final: MergedView } {
  const view = new MergedView();
  const changes = layers.map((layer, index) => applyLayer(view, layer, index));
  return { changes, final: view };
}

/** The image's filesystem as of layer `upTo`, replayed from the change lists, sorted by path. */
export function mergedAt(changes: LayerFileRow[][], upTo: number): LayerFileRow[] {
  const rows = new Map<string, LayerFileRow>();
  for (let index = 0; index <= upTo && index < changes.length; index++) {
    for (const row of changes[index]!) {
      if (row.kind === 'removed') rows.delete(row.path);
      else rows.set(row.path, row);
    }
  }
  return [...rows.values()].sort(byPath);
}
