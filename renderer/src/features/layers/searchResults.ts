/** Layer search results grouped by path: which layers added, changed or deleted each one. */
import type { FileChange } from './fileTree';

export interface SearchResult {
  path: string;
  layerIndex: number;
  change: FileChange;
  size: number;
}

export interface PathHistory {
  path: string;
  /** Oldest layer first. */
  events: { layerIndex: number; change: FileChange; size: number }[];
}

/** Groups by path (paths in order, "/a" and "a" the same), each path's events by layer. */
export function groupByPath(results: readonly SearchResult[]): PathHistory[] {
  const byPath = new Map<string, PathHistory>();
  for (const result of results) {
    const path = `/${result.path.replace(/^\/+|\/+$/g, '')}`;
    let group = byPath.get(path);
    if (!group) {
      group = { path, events: [] };
      byPath.set(path, group);
    }
    group.events.push({ layerIndex: result.layerIndex, change: result.change, size: result.size });
  }
  const groups = [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const group of groups) group.events.sort((a, b) => a.layerIndex - b.layerIndex);
  return groups;
}
