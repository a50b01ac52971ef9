/** Accessible markup of the layer views, rendered to a string (no DOM needed). */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { FileExplorer, type FileEntry } from '../../renderer/src/features/layers/FileExplorer';
import { FileViewer, type FileViewState } from '../../renderer/src/features/layers/FileViewer';
import { LayerSearch } from '../../renderer/src/features/layers/LayerSearch';
import { LayerStack, type LayerStep } from '../../renderer/src/features/layers/LayerStack';
import { groupByPath } from '../../renderer/src/features/layers/searchResults';
import { formatEfficiency, formatLimit, gutterWidth } from '../../renderer/src/features/layers/viewFormat';
import { WastePanel } from '../../renderer/src/features/layers/WastePanel';

// The shared clock subscribes with useSyncExternalStore, which needs a browser; format once.
vi.mock('../../renderer/src/lib/clock', () => ({
  useClockText: (format: (now: number) => string) => format(Date.now()),
}));

const noop = () => {};

/** The opening tag of the first element carrying `marker`. */
function tagWith(html: string, marker: string): string {
  const at = html.indexOf(marker);
  expect(at, `${marker} in markup`).toBeGreaterThanOrEqual(0);
  const start = html.lastIndexOf('<', at);
  return html.slice(start, html.indexOf('>', at) + 1);
}

function step(more: Partial<LayerStep>): LayerStep {
  return {
    instruction: 'RUN',
    text: 'true',
    created: 1_700_000_000,
    size: 0,
    layerIndex: null,
    sharedWith: [],
    inBase: false,
    ...more,
  };
}

describe('LayerStack markup', () => {
  const steps = [
    step({ instruction: 'ADD', text: 'file:abc in /', size: 80_000_000, layerIndex: 0, inBase: true }),
    step({ instruction: 'CMD', text: '["bash"]', inBase: true }),
    step({
      instruction: 'RUN',
      text: 'apt-get update',
      size: 40_000_000,
      layerIndex: 1,
      sharedWith: [
        { id: 'a', name: 'web:1' },
        { id: 'b', name: 'api:2' },
      ],
    }),
    step({ instruction: 'COPY', text: '. /app', size: 1_000, layerIndex: 2 }),
    step({ instruction: 'ENTRYPOINT', text: '["/app/run"]' }),
  ];
  const render = (selectedLayer: number | null) =>
    renderToString(
      createElement(LayerStack, { steps, baseImage: { name: 'debian:bookworm' }, selectedLayer, onSelect: noop }),
    );

  it('is a listbox of steps; the selected layer is aria-selected; metadata steps are disabled and say so', () => {
    const html = render(2);
    expect(html).toContain('role="listbox"');
    expect(html).toContain('aria-label="Build steps"');
    expect(tagWith(html, '. /app').length).toBeGreaterThan(0);
    const selected = html.match(/role="option"[^>]*aria-selected="true"/g) ?? [];
    expect(selected).toHaveLength(1);
    expect(html).toMatch(/aria-selected="true"[^>]*data-active="true"|id="[^"]*layer-2"[^>]*aria-selected="true"/);
    expect(html).toMatch(/role="option" aria-selected="false" aria-disabled="true"/);
    expect(html).toContain('no layer');
  });

  it('folds the base image steps under a header with its name, open when the selection is in them', () => {
    const closed = render(2);
    expect(closed).toContain('debian:bookworm');
    expect(tagWith(closed, 'aria-expanded')).toContain('aria-expanded="false"');
    expect(closed).not.toContain('file:abc in /');
    const open = render(0);
    expect(tagWith(open, 'aria-expanded')).toContain('aria-expanded="true"');
    expect(open).toContain('file:abc in /');
  });

  it('marks shared layers with the other images in the title, and draws bars linear to the largest', () => {
    const html = render(null);
    expect(html).toContain('shared with 2 images');
    expect(html).toContain('title="Also in:\nweb:1\napi:2"');
    expect(html).toContain('width:50%'); // 40MB against the largest layer, 80MB in the (folded) base
    expect(html).toContain('width:1.5%'); // 1kB: the visible minimum
    expect(html).toContain('40MB');
  });
});

describe('FileExplorer markup', () => {
  const entries: FileEntry[] = [
    { path: 'bin/', type: 'dir', size: 0, mode: 0o755, uid: 0, gid: 0 },
    { path: 'bin/sh', type: 'symlink', size: 0, mode: 0o777, uid: 0, gid: 0, linkTarget: 'busybox', change: 'added' },
    { path: 'bin/busybox', type: 'file', size: 1_200_000, mode: 0o4755, uid: 0, gid: 0, change: 'modified' },
    { path: 'etc/old.conf', type: 'file', size: 0, mode: 0o644, uid: 1000, gid: 1000, change: 'removed' },
  ];

  it('is a treegrid whose rows carry level, expanded and selected', () => {
    const html = renderToString(
      createElement(FileExplorer, {
        entries,
        mode: 'changes',
        onModeChange: noop,
        onOpenFile: noop,
        revealPath: '/bin/busybox',
      }),
    );
    expect(html).toContain('role="treegrid"');
    expect(html).toMatch(/role="row"[^>]*aria-level="1" aria-expanded="true"/);
    expect(html).toMatch(/role="row"[^>]*aria-level="2"[^>]*aria-selected="true"/);
    expect(html).toContain('-rwsr-xr-x');
    expect(html).toContain('→ <!-- -->busybox');
    expect(html).toContain('data-change="removed"');
    expect(html).toMatch(/data-change="modified"[^>]*>modified</);
  });

  it('sums the changes per kind in the header and has named controls', () => {
    const html = renderToString(
      createElement(FileExplorer, { entries, mode: 'changes', onModeChange: noop, onOpenFile: noop }),
    );
    expect(html).toContain('4<!-- --> <!-- -->entries<!-- --> in this layer');
    expect(html).toContain('1.2MB');
    expect(html).toMatch(/role="radio" aria-checked="true"[^>]*>This layer’s changes</);
    expect(html).toContain('aria-label="Sort by"');
    expect(html).toContain('Expand all');
  });
});

describe('FileViewer markup', () => {
  const render = (state: FileViewState) =>
    renderToString(
      createElement(FileViewer, { path: '/etc/passwd', layerLabel: 'Layer 3', state, onDownload: noop, onClose: noop }),
    );

  it('is a modal dialog labelled by the path', () => {
    const html = render({ kind: 'loading' });
    const dialog = tagWith(html, 'role="dialog"');
    expect(dialog).toContain('aria-modal="true"');
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(dialog)![1]!;
    expect(html).toMatch(new RegExp(`id="${labelledBy}"[^>]*>/etc/passwd<`));
    expect(html).toContain('Reading the file');
  });

  it('shows text as text with line numbers, never as HTML', () => {
    const html = render({
      kind: 'text',
      text: 'root:x:0:0\n<img src=x onerror=alert(1)>\n',
      size: 40,
      truncated: false,
    });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toMatch(/>1<\/span>/);
    expect(html).toMatch(/>2<\/span>/);
    expect(html).not.toMatch(/>3<\/span>/);
  });

  it('says when it shows only the start, when a file is binary, and what went wrong', () => {
    expect(render({ kind: 'text', text: 'a', size: 5_000_000, truncated: true })).toContain(
      'Showing the first <!-- -->1 MiB<!-- --> of <!-- -->5MB',
    );
    const binary = render({ kind: 'binary', size: 2048 });
    expect(binary).toContain('Binary file — 2,048 bytes, not shown');
    expect(binary).toContain('Download');
    expect(render({ kind: 'error', message: 'layer gone' })).toMatch(/role="alert"[^>]*>layer gone</);
  });
});

describe('WastePanel markup', () => {
  it('shows the score, the bytes and the worst paths with the layers that wrote them', () => {
    const html = renderToString(
      createElement(WastePanel, {
        efficiency: 0.9423,
        wastedBytes: 12_300_000,
        storedBytes: 210_000_000,
        top: [{ path: '/var/cache/apt/pkgcache.bin', wastedBytes: 9_000_000, layers: [1, 3] }],
        onReveal: noop,
      }),
    );
    expect(html).toContain('94.2%<!-- --> <span');
    expect(html).toContain('role="meter"');
    expect(html).toContain('12.3MB');
    expect(html).toContain('aria-label="Show /var/cache/apt/pkgcache.bin in Layer 4"');
  });
});

describe('view formatters', () => {
  it('never rounds efficiency to a whole 100% or 0% it is not', () => {
    expect(formatEfficiency(0.9423)).toBe('94.2%');
    expect(formatEfficiency(0.99995)).toBe('99.9%');
    expect(formatEfficiency(1)).toBe('100.0%');
    expect(formatEfficiency(0.00001)).toBe('0.1%');
    expect(formatEfficiency(0)).toBe('0.0%');
    expect(formatEfficiency(1.2)).toBe('100.0%');
  });
  it('names limits in binary units when exact', () => {
    expect(formatLimit(1024 * 1024)).toBe('1 MiB');
    expect(formatLimit(512 * 1024)).toBe('512 KiB');
    expect(formatLimit(1_000_000)).toBe('1MB');
  });
  it('sizes the gutter for the line count', () => {
    expect(gutterWidth(9)).toBe(2);
    expect(gutterWidth(12_345)).toBe(5);
  });
});

describe('LayerSearch markup', () => {
  it('has a named search field and explains the pattern syntax before anything is typed', () => {
    const html = renderToString(
      createElement(LayerSearch, {
        results: [{ path: '/etc/ssl/a', layerIndex: 0, change: 'added', size: 1 }],
        onSearch: noop,
        onReveal: noop,
      }),
    );
    expect(tagWith(html, 'type="search"')).toContain('aria-label="Search paths, e.g. /etc/ssl"');
    expect(html).toContain('Find which layer added, changed or deleted a path');
    expect(html).not.toContain('/etc/ssl/a'); // results of an old search stay hidden until a pattern is typed
  });
});

describe('groupByPath', () => {
  it('groups search results by path, layers in order', () => {
    expect(
      groupByPath([
        { path: '/etc/ssl/x', layerIndex: 4, change: 'removed', size: 0 },
        { path: 'etc/ssl/x', layerIndex: 1, change: 'added', size: 10 },
        { path: '/etc/a', layerIndex: 2, change: 'modified', size: 3 },
      ]),
    ).toEqual([
      { path: '/etc/a', events: [{ layerIndex: 2, change: 'modified', size: 3 }] },
      {
        path: '/etc/ssl/x',
        events: [
          { layerIndex: 1, change: 'added', size: 10 },
          { layerIndex: 4, change: 'removed', size: 0 },
        ],
      },
    ]);
  });
});
