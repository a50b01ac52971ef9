import { describe, expect, it } from 'vitest';
import type { ImageSummary } from '../../electron/shared/dto';
import {
  findImage,
  imageRows,
  repositoryOf,
  visibleImages,
  type ImageItemRow,
  type ImageRow,
} from '../../renderer/src/features/images/imageRows';
import { imagesSearch, imagesView, nextSort, parseImagesSearch } from '../../renderer/src/features/images/search';
import { parseHash } from '../../renderer/src/app/hashHistory';
import { sectionFromPath } from '../../renderer/src/lib/routes';

function image(id: string, tags: string[], size: number, created: number, containers = 0): ImageSummary {
  return { id: `sha256:${id.padEnd(64, '0')}`, repoTags: tags, repoDigests: [], created, size, containers };
}

const web = image('aa', ['app/web:1.0', 'app/web:latest', 'mirror/web:1.0'], 5_000_000, 300, 2);
const worker = image('bb', ['app/worker:2'], 9_000_000, 100, 1);
const dangling = image('cc', [], 1_000_000, 200);
const base = image('dd', ['busybox:latest'], 2_000_000, 400);
const all = [web, worker, dangling, base];

const view = (search: Record<string, unknown> = {}) => imagesView(parseImagesSearch(search));
const names = (rows: readonly ImageRow[]) =>
  rows.map((row) => (row.kind === 'group' ? `[${row.repo}]` : (row.tags[0] ?? '<none>')));

describe('repositoryOf', () => {
  it('drops the tag, not a registry port', () => {
    expect(repositoryOf('app/web:1.0')).toBe('app/web');
    expect(repositoryOf('localhost:5000/app:2')).toBe('localhost:5000/app');
    expect(repositoryOf('localhost:5000/app')).toBe('localhost:5000/app');
  });
});

describe('image rows: sorting', () => {
  it('defaults to newest first', () => {
    expect(names(imageRows(all, view()))).toEqual(['busybox:latest', 'app/web:1.0', '<none>', 'app/worker:2']);
  });
  it('sorts by size both ways', () => {
    expect(names(imageRows(all, view({ sort: 'size' })))).toEqual([
      'app/worker:2',
      'app/web:1.0',
      'busybox:latest',
      '<none>',
    ]);
    expect(names(imageRows(all, view({ sort: 'size', dir: 'asc' })))).toEqual([
      '<none>',
      'busybox:latest',
      'app/web:1.0',
      'app/worker:2',
    ]);
  });
  it('sorts by name with untagged images last in both directions', () => {
    expect(names(imageRows(all, view({ sort: 'tag' })))).toEqual([
      'app/web:1.0',
      'app/worker:2',
      'busybox:latest',
      '<none>',
    ]);
    expect(names(imageRows(all, view({ sort: 'tag', dir: 'desc' })))).toEqual([
      'busybox:latest',
      'app/worker:2',
      'app/web:1.0',
      '<none>',
    ]);
  });
  it('sorts by containers using it, ties by name', () => {
    expect(names(imageRows(all, view({ sort: 'containers' })))).toEqual([
      'app/web:1.0',
      'app/worker:2',
      'busybox:latest',
      '<none>',
    ]);
  });
});

describe('image rows: filters', () => {
  it('shows dangling, unused or in-use images', () => {
    expect(visibleImages(all, view({ show: 'dangling' }))).toEqual([dangling]);
    expect(visibleImages(all, view({ show: 'unused' }))).toEqual([dangling, base]);
    expect(visibleImages(all, view({ show: 'in-use' }))).toEqual([web, worker]);
  });
  it('combines the text filter with the choice', () => {
    expect(visibleImages(all, view({ q: 'app', show: 'in-use' }))).toEqual([web, worker]);
    expect(visibleImages(all, view({ q: 'worker', show: 'unused' }))).toEqual([]);
  });
});

describe('image rows: grouping by repository', () => {
  const grouped = imageRows(all, view({ group: 'repo', sort: 'tag' }));
  it('puts every repository under a header with its count and total size, <none> last', () => {
    expect(names(grouped)).toEqual([
      '[app/web]',
      'app/web:1.0',
      '[app/worker]',
      'app/worker:2',
      '[busybox]',
      'busybox:latest',
      '[mirror/web]',
      'mirror/web:1.0',
      '[<none>]',
      '<none>',
    ]);
    expect(grouped[0]).toMatchObject({ kind: 'group', repo: 'app/web', count: 1, size: 5_000_000 });
  });
  it("shows an image under each repository it is tagged in, with that repository's tags only", () => {
    const webRows = grouped.filter((row): row is ImageItemRow => row.kind === 'image' && row.image === web);
    expect(webRows.map((row) => row.tags)).toEqual([['app/web:1.0', 'app/web:latest'], ['mirror/web:1.0']]);
    expect(new Set(grouped.map((row) => row.key)).size).toBe(grouped.length);
  });
  it('orders groups by their total size when sorting by size', () => {
    const bySize = imageRows(all, view({ group: 'repo', sort: 'size' }));
    expect(bySize.filter((row) => row.kind === 'group').map((row) => row.repo)).toEqual([
      'app/worker',
      'app/web',
      'mirror/web',
      'busybox',
      '<none>',
    ]);
  });
});

describe('images search params', () => {
  it('keeps known values and drops the rest', () => {
    expect(parseImagesSearch({ q: 'web', show: 'dangling', sort: 'size', dir: 'up', group: 'yes', x: 1 })).toEqual({
      q: 'web',
      show: 'dangling',
      sort: 'size',
    });
  });
  it('round-trips a view, leaving defaults out of the URL', () => {
    expect(imagesSearch(view())).toEqual({});
    const v = view({ q: 'a', show: 'unused', sort: 'tag', dir: 'desc', group: 'repo' });
    expect(imagesView(imagesSearch(v))).toEqual(v);
    expect(imagesSearch({ ...view(), sort: 'size', dir: 'desc' })).toEqual({ sort: 'size' });
  });
  it('a header click flips the sorted column and starts another at its natural direction', () => {
    expect(nextSort({ sort: 'size', dir: 'desc' }, 'size')).toEqual({ sort: 'size', dir: 'asc' });
    expect(nextSort({ sort: 'size', dir: 'asc' }, 'tag')).toEqual({ sort: 'tag', dir: 'asc' });
    expect(nextSort({ sort: 'tag', dir: 'asc' }, 'created')).toEqual({ sort: 'created', dir: 'desc' });
  });
});

describe('routes', () => {
  it('tells the boot script which list the first screen shows', () => {
    expect(sectionFromPath('#/images')).toBe('images');
    expect(sectionFromPath('#/images?q=web')).toBe('images');
    expect(sectionFromPath(`#/images/${'a'.repeat(64)}`)).toBe('images');
    expect(sectionFromPath('#/imagesx')).toBe('containers');
    expect(sectionFromPath('#/containers')).toBe('containers');
    expect(sectionFromPath('')).toBe('containers');
  });
  it('finds the image a URL names by full ID, with or without sha256:, or a unique prefix', () => {
    expect(findImage(all, web.id)).toBe(web);
    expect(findImage(all, web.id.slice(7))).toBe(web);
    expect(findImage(all, 'bb')).toBe(worker);
    expect(findImage(all, 'ee')).toBeUndefined();
    expect(findImage([web, image('ab', [], 1, 1)], 'a')).toBeUndefined();
  });
});

describe('hash history', () => {
  it('reads path and search from the hash alone (the page query, e.g. ?token=, stays out)', () => {
    expect(parseHash('#/images?sort=tag&dir=desc')).toEqual({
      href: '/images?sort=tag&dir=desc',
      pathname: '/images',
      search: '?sort=tag&dir=desc',
      hash: '',
    });
    expect(parseHash('')).toMatchObject({ pathname: '/', search: '' });
    expect(parseHash('#/images/abc#top')).toMatchObject({ pathname: '/images/abc', search: '', hash: '#top' });
  });
});
