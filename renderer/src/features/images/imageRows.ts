/**
 * The images table's rows from the Engine's list and the view (filter, show, sort, grouping).
 * Pure: unit-tested in test/unit/renderer-image-rows.test.ts.
 */
import type { ImageSummary } from '../../../../electron/shared/dto';
import { filterImages } from '../../lib/filter';
import type { SortDir } from '../../lib/listSearch';
import type { ImageShow, ImageSortKey, ImagesView } from './search';

export const NONE = '<none>';

export interface ImageGroupRow {
  kind: 'group';
  key: string;
  repo: string;
  count: number;
  size: number;
}

export interface ImageItemRow {
  kind: 'image';
  /** Unique per row: grouped, an image appears once per repository it is tagged in. */
  key: string;
  image: ImageSummary;
  /** The tags shown on this row: all of them, or the group's repository's only. */
  tags: readonly string[];
}

export type ImageRow = ImageGroupRow | ImageItemRow;

/** "gantry-test/web:1.0" → "gantry-test/web"; a registry port is not a tag ("host:5000/app"). */
export function repositoryOf(tag: string): string {
  const colon = tag.lastIndexOf(':');
  return colon > tag.lastIndexOf('/') ? tag.slice(0, colon) : tag;
}

export function matchesShow(image: ImageSummary, show: ImageShow): boolean {
  switch (show) {
    case 'dangling':
      return image.repoTags.length === 0;
    case 'unused':
      return image.containers === 0;
    case 'in-use':
      return image.containers > 0;
    default:
      return true;
  }
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** The name a row sorts by: its first tag; untagged images after every tagged one. */
function nameOf(tags: readonly string[]): string | undefined {
  return tags[0];
}

function compareNames(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return collator.compare(a, b);
}

function compareBy(key: ImageSortKey, a: ImageItemRow, b: ImageItemRow): number {
  switch (key) {
    case 'size':
      return a.image.size - b.image.size;
    case 'created':
      return a.image.created - b.image.created;
    case 'containers':
      return a.image.containers - b.image.containers;
    default:
      return compareNames(nameOf(a.tags), nameOf(b.tags));
  }
}

/**
 * Sorted by `key` in `dir`; ties by name, then ID, so the order is stable across refreshes.
 * Untagged images stay last in both directions when sorting by name.
 */
export function sortItems(rows: readonly ImageItemRow[], key: ImageSortKey, dir: SortDir): ImageItemRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const an = nameOf(a.tags);
    const bn = nameOf(b.tags);
    if (key === 'tag' && (an === undefined) !== (bn === undefined)) return an === undefined ? 1 : -1;
    return sign * compareBy(key, a, b) || compareNames(an, bn) || a.image.id.localeCompare(b.image.id);
  });
}

function itemRow(image: ImageSummary, tags: readonly string[], group?: string): ImageItemRow {
  return { kind: 'image', key: group === undefined ? image.id : `${group}\u0000${image.id}`, image, tags };
}

/** What the group sorts by: its total, newest, or name, matching the column. */
function groupValue(key: ImageSortKey, items: readonly ImageItemRow[]): number {
  let value = 0;
  for (const item of items) {
    if (key === 'size') value += item.image.size;
    else if (key === 'containers') value += item.image.containers;
    else value = Math.max(value, item.image.created);
  }
  return value;
}

export function groupRows(images: readonly ImageSummary[], key: ImageSortKey, dir: SortDir): ImageRow[] {
  const groups = new Map<string, ImageItemRow[]>();
  for (const image of images) {
    const repos = image.repoTags.length === 0 ? [NONE] : [...new Set(image.repoTags.map(repositoryOf))];
    for (const repo of repos) {
      const tags = repo === NONE ? [] : image.repoTags.filter((tag) => repositoryOf(tag) === repo);
      let list = groups.get(repo);
      if (!list) groups.set(repo, (list = []));
      list.push(itemRow(image, tags, repo));
    }
  }
  const sign = dir === 'asc' ? 1 : -1;
  const order = [...groups.entries()].sort(([a, ai], [b, bi]) => {
    if ((a === NONE) !== (b === NONE)) return a === NONE ? 1 : -1;
    const byName = collator.compare(a, b);
    if (key === 'tag') return sign * byName;
    return sign * (groupValue(key, ai) - groupValue(key, bi)) || byName;
  });
  const rows: ImageRow[] = [];
  for (const [repo, items] of order) {
    rows.push({
      kind: 'group',
      key: `group\u0000${repo}`,
      repo,
      count: items.length,
      size: items.reduce((sum, item) => sum + item.image.size, 0),
    });
    rows.push(...sortItems(items, key, dir));
  }
  return rows;
}

/** The images the view shows (filter text and the all/dangling/unused/in-use choice). */
export function visibleImages(images: readonly ImageSummary[], view: Pick<ImagesView, 'q' | 'show'>): ImageSummary[] {
  return filterImages(images, view.q).filter((image) => matchesShow(image, view.show));
}

export function imageRows(images: readonly ImageSummary[], view: ImagesView): ImageRow[] {
  const shown = visibleImages(images, view);
  if (view.group) return groupRows(shown, view.sort, view.dir);
  return sortItems(
    shown.map((image) => itemRow(image, image.repoTags)),
    view.sort,
    view.dir,
  );
}

/** Total bytes of distinct images (as `docker images` adds them up: shared layers count each time). */
export function totalSize(images: readonly ImageSummary[]): number {
  return images.reduce((sum, image) => sum + image.size, 0);
}

/**
 * The image a URL names: its full ID, with or without "sha256:", or a prefix of it (the short ID)
 * that only one image has.
 */
export function findImage(images: readonly ImageSummary[], idOrPrefix: string): ImageSummary | undefined {
  const wanted = idOrPrefix.toLowerCase().replace(/^sha256:/, '');
  if (wanted === '') return undefined;
  const bare = (image: ImageSummary) => image.id.toLowerCase().replace(/^sha256:/, '');
  const exact = images.find((image) => bare(image) === wanted);
  if (exact) return exact;
  const matches = images.filter((image) => bare(image).startsWith(wanted));
  return matches.length === 1 ? matches[0] : undefined;
}
