/**
 * The image map's layout: a forest of shared layer-chain segments drawn as a horizontal tree
 * (d3-hierarchy's tidy `tree()`, roots on the left). Boxes have different heights (one line per
 * image shown), so siblings are separated by their heights. Big fan-outs are cut to the largest
 * `maxChildren` children plus one "+N more" stub, big image lists to `maxImages` names plus
 * "+N more"; both open fully for the nodes in `expanded`. Pure: the view only draws the result.
 */
import { hierarchy, tree } from 'd3-hierarchy';

export interface MapImage {
  id: string;
  name: string;
  dangling: boolean;
}

/** One segment of a layer chain shared by every image below it. */
export interface MapNode {
  id: string;
  /** Layers in this segment. */
  layers: number;
  /** The segment's bytes, when known. */
  bytes: number | null;
  /** Images whose layers end here. */
  images: MapImage[];
  children: MapNode[];
}

export interface LayoutOptions {
  /** Node ids (and "more" stub keys' parent ids) shown in full. */
  expanded?: ReadonlySet<string>;
  /** Children shown before the rest fold into "+N more" (default 8). */
  maxChildren?: number;
  /** Roots shown before the rest fold into "+N more" (default 40). */
  maxRoots?: number;
  /** Image names in one box before "+N more" (default 3). */
  maxImages?: number;
}

export interface LaidOutNode {
  /** The node's id, or `${parentId}:more` for a stub. */
  key: string;
  kind: 'segment' | 'more';
  /** The segment (null for a stub). */
  node: MapNode | null;
  parentKey: string | null;
  /** Column, 0 for the roots. */
  depth: number;
  /** Top-left corner and size, in pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Images in this segment's whole subtree (a stub: in the subtrees it hides). */
  subtreeImages: number;
  /** The names drawn in the box. */
  shownImages: MapImage[];
  /** Images of this segment not drawn ("+N more"). */
  moreImages: number;
  /** A stub's hidden sibling count. */
  hiddenChildren: number;
  /** The key of the node whose expansion this stub (or the "+N more" images line) toggles. */
  toggles: string | null;
  /** Opened in full (names or children) and would fold again: the box offers "Fold". */
  canFold: boolean;
}

export interface MapEdge {
  from: string;
  to: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface MapLayout {
  nodes: LaidOutNode[];
  edges: MapEdge[];
  width: number;
  height: number;
}

export const BOX_WIDTH = 232;
export const COLUMN_GAP = 64;
export const LINE_HEIGHT = 20;
export const BOX_PADDING = 8;
const ROW_GAP = 12;
const MARGIN = 16;

const ROOT_KEY = '\u0000root';

interface Item {
  key: string;
  kind: 'root' | 'segment' | 'more';
  node: MapNode | null;
  subtreeImages: number;
  shownImages: MapImage[];
  moreImages: number;
  hiddenChildren: number;
  toggles: string | null;
  canFold: boolean;
  height: number;
  children: Item[];
}

/** Box height for a number of text lines (the header line included). */
export function boxHeight(lines: number): number {
  return BOX_PADDING * 2 + lines * LINE_HEIGHT;
}

/** Images in each node's subtree, by node id. */
export function countSubtreeImages(forest: readonly MapNode[]): Map<string, number> {
  const counts = new Map<string, number>();
  const order: MapNode[] = [];
  const stack = [...forest];
  while (stack.length > 0) {
    const node = stack.pop()!;
    order.push(node);
    stack.push(...node.children);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    let total = node.images.length;
    for (const child of node.children) total += counts.get(child.id) ?? 0;
    counts.set(node.id, total);
  }
  return counts;
}

export interface ForestSummary {
  images: number;
  bases: number;
  dangling: number;
  segments: number;
}

export function summarizeForest(forest: readonly MapNode[]): ForestSummary {
  const summary: ForestSummary = { images: 0, bases: forest.length, dangling: 0, segments: 0 };
  const stack = [...forest];
  while (stack.length > 0) {
    const node = stack.pop()!;
    summary.segments++;
    summary.images += node.images.length;
    for (const image of node.images) if (image.dangling) summary.dangling++;
    stack.push(...node.children);
  }
  return summary;
}

export function layoutMap(forest: readonly MapNode[], options: LayoutOptions = {}): MapLayout {
  const { expanded = new Set<string>(), maxChildren = 8, maxRoots = 40, maxImages = 3 } = options;
  const counts = countSubtreeImages(forest);

  const children = (parentKey: string, nodes: readonly MapNode[], cap: number): Item[] => {
    const ordered = [...nodes].sort(
      (a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    const open = expanded.has(parentKey) || ordered.length <= cap + 1;
    const shown = open ? ordered : ordered.slice(0, cap);
    const items = shown.map(segment);
    if (!open) {
      const rest = ordered.slice(cap);
      items.push({
        key: `${parentKey}:more`,
        kind: 'more',
        node: null,
        subtreeImages: rest.reduce((sum, node) => sum + (counts.get(node.id) ?? 0), 0),
        shownImages: [],
        moreImages: 0,
        hiddenChildren: rest.length,
        toggles: parentKey,
        canFold: false,
        height: boxHeight(1),
        children: [],
      });
    }
    return items;
  };

  const segment = (node: MapNode): Item => {
    const all = node.images;
    const open = expanded.has(node.id) || all.length <= maxImages + 1;
    const shownImages = open ? all : all.slice(0, maxImages);
    const moreImages = all.length - shownImages.length;
    const canFold = expanded.has(node.id) && (all.length > maxImages + 1 || node.children.length > maxChildren + 1);
    // Header line, then one line per name, one for "+N more", or one "N images share this" line.
    const lines = 1 + (all.length === 0 ? 1 : shownImages.length + (moreImages > 0 ? 1 : 0));
    return {
      key: node.id,
      kind: 'segment',
      node,
      subtreeImages: counts.get(node.id) ?? 0,
      shownImages,
      moreImages,
      hiddenChildren: 0,
      toggles: moreImages > 0 || canFold ? node.id : null,
      canFold,
      height: boxHeight(lines),
      children: children(node.id, node.children, maxChildren),
    };
  };

  const rootItem: Item = {
    key: ROOT_KEY,
    kind: 'root',
    node: null,
    subtreeImages: 0,
    shownImages: [],
    moreImages: 0,
    hiddenChildren: 0,
    toggles: null,
    canFold: false,
    height: 0,
    children: children(ROOT_KEY, forest, maxRoots),
  };

  const root = hierarchy(rootItem, (item) => item.children);
  tree<Item>()
    .nodeSize([1, BOX_WIDTH + COLUMN_GAP])
    .separation((a, b) => (a.data.height + b.data.height) / 2 + ROW_GAP)(root);

  const nodes: LaidOutNode[] = [];
  let minTop = Infinity;
  let maxBottom = -Infinity;
  let maxDepth = 0;
  for (const d of root.descendants()) {
    if (d.data.kind === 'root') continue;
    const centre = d.x ?? 0;
    minTop = Math.min(minTop, centre - d.data.height / 2);
    maxBottom = Math.max(maxBottom, centre + d.data.height / 2);
    maxDepth = Math.max(maxDepth, d.depth - 1);
    const parent = d.parent && d.parent.data.kind !== 'root' ? d.parent.data.key : null;
    nodes.push({
      key: d.data.key,
      kind: d.data.kind === 'more' ? 'more' : 'segment',
      node: d.data.node,
      parentKey: parent,
      depth: d.depth - 1,
      x: 0,
      y: centre - d.data.height / 2,
      width: BOX_WIDTH,
      height: d.data.height,
      subtreeImages: d.data.subtreeImages,
      shownImages: d.data.shownImages,
      moreImages: d.data.moreImages,
      hiddenChildren: d.data.hiddenChildren,
      toggles: d.data.toggles,
      canFold: d.data.canFold,
    });
  }
  if (nodes.length === 0) return { nodes, edges: [], width: 0, height: 0 };

  const byKey = new Map<string, LaidOutNode>();
  for (const node of nodes) {
    node.x = MARGIN + node.depth * (BOX_WIDTH + COLUMN_GAP);
    node.y = node.y - minTop + MARGIN;
    byKey.set(node.key, node);
  }
  const edges: MapEdge[] = [];
  for (const node of nodes) {
    const parent = node.parentKey === null ? undefined : byKey.get(node.parentKey);
    if (!parent) continue;
    edges.push({
      from: parent.key,
      to: node.key,
      x1: parent.x + parent.width,
      y1: parent.y + parent.height / 2,
      x2: node.x,
      y2: node.y + node.height / 2,
    });
  }
  return {
    nodes,
    edges,
    width: MARGIN * 2 + (maxDepth + 1) * BOX_WIDTH + maxDepth * COLUMN_GAP,
    height: MARGIN * 2 + (maxBottom - minTop),
  };
}

export interface Viewport {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The nodes and edges that touch the viewport grown by `margin` on every side. */
export function visibleInViewport(layout: MapLayout, view: Viewport, margin = 200) {
  const left = view.left - margin;
  const right = view.left + view.width + margin;
  const top = view.top - margin;
  const bottom = view.top + view.height + margin;
  return {
    nodes: layout.nodes.filter((n) => n.x + n.width >= left && n.x <= right && n.y + n.height >= top && n.y <= bottom),
    edges: layout.edges.filter(
      (e) =>
        Math.max(e.x1, e.x2) >= left &&
        Math.min(e.x1, e.x2) <= right &&
        Math.max(e.y1, e.y2) >= top &&
        Math.min(e.y1, e.y2) <= bottom,
    ),
  };
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * Arrow-key navigation: left to the parent, right to the child nearest in height, up and down to
 * the next box in the same column.
 */
export function neighbour(layout: MapLayout, key: string, direction: Direction): string | null {
  const current = layout.nodes.find((n) => n.key === key);
  if (!current) return layout.nodes[0]?.key ?? null;
  const centre = (n: LaidOutNode) => n.y + n.height / 2;
  if (direction === 'left') return current.parentKey;
  if (direction === 'right') {
    let best: LaidOutNode | null = null;
    for (const n of layout.nodes) {
      if (n.parentKey !== key) continue;
      if (!best || Math.abs(centre(n) - centre(current)) < Math.abs(centre(best) - centre(current))) best = n;
    }
    return best?.key ?? null;
  }
  let best: LaidOutNode | null = null;
  for (const n of layout.nodes) {
    if (n.depth !== current.depth || n === current) continue;
    const below = n.y > current.y;
    if (direction === 'down' ? !below : below) continue;
    if (!best || Math.abs(n.y - current.y) < Math.abs(best.y - current.y)) best = n;
  }
  return best?.key ?? null;
}
