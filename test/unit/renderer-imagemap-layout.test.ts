import { describe, expect, it } from 'vitest';
import {
  layoutMap,
  neighbour,
  summarizeForest,
  visibleInViewport,
  type LaidOutNode,
  type MapImage,
  type MapLayout,
  type MapNode,
} from '../../renderer/src/features/imageMap/mapLayout';

function image(name: string, dangling = false): MapImage {
  return { id: `sha256:${name}`, name, dangling };
}
function seg(id: string, images: MapImage[] = [], children: MapNode[] = []): MapNode {
  return { id, layers: 2, bytes: 1000, images, children };
}

function byKey(layout: MapLayout, key: string): LaidOutNode {
  const node = layout.nodes.find((n) => n.key === key);
  if (!node) throw new Error(`no node ${key}`);
  return node;
}

/** No two boxes in one column overlap. */
function expectNoOverlap(layout: MapLayout) {
  const columns = new Map<number, LaidOutNode[]>();
  for (const n of layout.nodes) columns.set(n.depth, [...(columns.get(n.depth) ?? []), n]);
  for (const column of columns.values()) {
    const sorted = [...column].sort((a, b) => a.y - b.y);
    for (let i = 1; i < sorted.length; i++) {
      expect(sorted[i]!.y).toBeGreaterThanOrEqual(sorted[i - 1]!.y + sorted[i - 1]!.height);
    }
  }
}

/**
 * A deterministic forest shaped like a real machine's: `bases` roots (distro images), a few
 * runtime segments on each (python, node…), a few framework segments on some, and the apps as
 * leaves, most with a segment of their own, some as extra tags; about 4% dangling.
 */
function forest(images: number, bases: number): MapNode[] {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const roots = Array.from({ length: bases }, (_, i) => seg(`base${i}`, [image(`base${i}:latest`)]));
  const middles: MapNode[] = [];
  for (const root of roots) {
    for (let r = 0; r < 4; r++) {
      const runtime = seg(`${root.id}-rt${r}`, [image(`${root.id}-rt${r}:1`)]);
      root.children.push(runtime);
      middles.push(runtime);
      if (random() < 0.5) {
        const framework = seg(`${runtime.id}-fw`, []);
        runtime.children.push(framework);
        middles.push(framework);
      }
    }
  }
  let count = bases + bases * 4;
  for (let i = 0; count < images; i++) {
    const parent =
      random() < 0.1 ? roots[Math.floor(random() * roots.length)]! : middles[Math.floor(random() * middles.length)]!;
    const dangling = random() < 0.04;
    if (random() < 0.2 && parent.children.length > 0) {
      parent.children[Math.floor(random() * parent.children.length)]!.images.push(image(`app${i}:old`, dangling));
    } else {
      parent.children.push(seg(`app${i}`, [image(dangling ? '<none>' : `app${i}:latest`, dangling)]));
    }
    count++;
  }
  return roots;
}

describe('layoutMap', () => {
  const small = [
    seg(
      'debian',
      [image('debian:bookworm')],
      [
        seg('py', [image('python:3.12'), image('python:3')], [seg('app', [image('<none>', true)])]),
        seg('node', [image('node:22')]),
      ],
    ),
    seg('alpine', [image('alpine:3.20')]),
  ];

  it('puts roots in the first column and children one column to the right, centred on their children', () => {
    const layout = layoutMap(small);
    expect(byKey(layout, 'debian').depth).toBe(0);
    expect(byKey(layout, 'alpine').depth).toBe(0);
    expect(byKey(layout, 'py').depth).toBe(1);
    expect(byKey(layout, 'app').depth).toBe(2);
    expect(byKey(layout, 'py').x).toBeGreaterThan(byKey(layout, 'debian').x + byKey(layout, 'debian').width);
    expect(byKey(layout, 'app').parentKey).toBe('py');
    expect(layout.edges).toHaveLength(3);
    const edge = layout.edges.find((e) => e.to === 'app')!;
    const py = byKey(layout, 'py');
    expect(edge.x1).toBe(py.x + py.width);
    expect(edge.y1).toBe(py.y + py.height / 2);
    expectNoOverlap(layout);
    for (const n of layout.nodes) {
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
      expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
    }
  });

  it('makes boxes taller for more names, and counts subtree images', () => {
    const layout = layoutMap(small);
    expect(byKey(layout, 'py').height).toBeGreaterThan(byKey(layout, 'node').height);
    expect(byKey(layout, 'debian').subtreeImages).toBe(5);
  });

  it('folds big fan-outs and long name lists into "+N more" until expanded', () => {
    const wide = [
      seg(
        'base',
        Array.from({ length: 10 }, (_, i) => image(`img${i}`)),
        Array.from({ length: 12 }, (_, i) => seg(`c${i}`, [image(`c${i}`)])),
      ),
    ];
    const folded = layoutMap(wide, { maxChildren: 8, maxImages: 3 });
    const base = byKey(folded, 'base');
    expect(base.shownImages).toHaveLength(3);
    expect(base.moreImages).toBe(7);
    expect(base.toggles).toBe('base');
    const stub = byKey(folded, 'base:more');
    expect(stub).toMatchObject({
      kind: 'more',
      hiddenChildren: 4,
      subtreeImages: 4,
      toggles: 'base',
      parentKey: 'base',
    });
    expect(folded.nodes.filter((n) => n.parentKey === 'base')).toHaveLength(9);

    const open = layoutMap(wide, { maxChildren: 8, maxImages: 3, expanded: new Set(['base']) });
    expect(byKey(open, 'base').shownImages).toHaveLength(10);
    expect(open.nodes.filter((n) => n.parentKey === 'base')).toHaveLength(12);
    expect(open.nodes.some((n) => n.kind === 'more')).toBe(false);
    expect(byKey(open, 'base')).toMatchObject({ canFold: true, toggles: 'base' });
    expect(byKey(folded, 'base').canFold).toBe(false);
    expectNoOverlap(open);
  });

  it('does not fold a list only one longer than the cap (a "+1 more" line saves nothing)', () => {
    const layout = layoutMap([seg('b', [image('a'), image('b'), image('c'), image('d')])], { maxImages: 3 });
    expect(byKey(layout, 'b').shownImages).toHaveLength(4);
  });

  it('summarises the forest', () => {
    expect(summarizeForest(small)).toEqual({ images: 6, bases: 2, dangling: 1, segments: 5 });
  });

  it('navigates with arrow keys', () => {
    const layout = layoutMap(small);
    expect(neighbour(layout, 'app', 'left')).toBe('py');
    expect(neighbour(layout, 'py', 'right')).toBe('app');
    expect(neighbour(layout, 'debian', 'down')).toBe('alpine');
    expect(neighbour(layout, 'alpine', 'up')).toBe('debian');
    expect(neighbour(layout, 'debian', 'left')).toBeNull();
    expect(neighbour(layout, 'alpine', 'down')).toBeNull();
  });

  it('keeps only what touches the viewport', () => {
    const layout = layoutMap(forest(1000, 14), { expanded: new Set() });
    const first = layout.nodes[0]!;
    const view = { left: 0, top: first.y - 100, width: 800, height: 600 };
    const visible = visibleInViewport(layout, view, 0);
    expect(visible.nodes).toContain(first);
    expect(visible.nodes.length).toBeLessThan(layout.nodes.length / 4);
    for (const v of [view, { ...view, left: 600 }]) {
      const shown = visibleInViewport(layout, v, 0).nodes;
      const inside = (n: LaidOutNode) =>
        n.x <= v.left + v.width && n.x + n.width >= v.left && n.y <= v.top + v.height && n.y + n.height >= v.top;
      for (const n of layout.nodes) expect(shown.includes(n)).toBe(inside(n));
    }
    expect(visible.edges.length).toBeGreaterThan(0);
    expect(visible.edges.length).toBeLessThan(layout.edges.length / 4);
  });

  it('lays out 1,000 images (timing is reported, not asserted)', () => {
    const trees = forest(1000, 14);
    expect(summarizeForest(trees).images).toBe(1000);
    const t0 = performance.now();
    const folded = layoutMap(trees);
    const t1 = performance.now();
    const everything = new Set<string>();
    for (const n of layoutMap(trees).nodes) everything.add(n.key);
    const t2 = performance.now();
    const all = layoutMap(trees, {
      expanded: new Set(
        trees.flatMap(function ids(n: MapNode): string[] {
          return [n.id, ...n.children.flatMap(ids)];
        }),
      ).add('\u0000root'),
    });
    const t3 = performance.now();
    console.log(
      `mapLayout 1,000 images: folded ${(t1 - t0).toFixed(1)} ms (${folded.nodes.length} boxes), everything open ${(t3 - t2).toFixed(1)} ms (${all.nodes.length} boxes)`,
    );
    expectNoOverlap(folded);
    expectNoOverlap(all);
    expect(all.nodes.filter((n) => n.kind === 'segment').length).toBe(summarizeForest(trees).segments);
  });
});
