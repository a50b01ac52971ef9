/** The images list's URL search params: `#/images?q=web&show=dangling&sort=size&dir=asc&group=repo`. */
import { compact, oneOf, optionalString, type SortDir } from '../../lib/listSearch';

export const IMAGE_SHOWS = ['all', 'dangling', 'unused', 'in-use'] as const;
export type ImageShow = (typeof IMAGE_SHOWS)[number];

export const IMAGE_SORT_KEYS = ['tag', 'size', 'created', 'containers'] as const;
export type ImageSortKey = (typeof IMAGE_SORT_KEYS)[number];

export interface ImagesSearch {
  /** Filter text (tags or IDs). */
  q?: string;
  /** Absent: all. */
  show?: Exclude<ImageShow, 'all'>;
  /** Absent: created. */
  sort?: ImageSortKey;
  /** Absent: the sort key's natural direction (see defaultDir). */
  dir?: SortDir;
  /** Group rows by repository. */
  group?: 'repo';
}

export interface ImagesView {
  q: string;
  show: ImageShow;
  sort: ImageSortKey;
  dir: SortDir;
  group: boolean;
}

/** Names sort A→Z first; sizes, dates and counts biggest/newest first. */
export function defaultDir(key: ImageSortKey): SortDir {
  return key === 'tag' ? 'asc' : 'desc';
}

export function parseImagesSearch(raw: Record<string, unknown>): ImagesSearch {
  const show = oneOf(raw.show, IMAGE_SHOWS);
  return compact({
    q: optionalString(raw.q),
    show: show === 'all' ? undefined : show,
    sort: oneOf(raw.sort, IMAGE_SORT_KEYS),
    dir: oneOf(raw.dir, ['asc', 'desc'] as const),
    group: raw.group === 'repo' ? ('repo' as const) : undefined,
  });
}

/** The search params with every default filled in. */
export function imagesView(search: ImagesSearch): ImagesView {
  const sort = search.sort ?? 'created';
  return {
    q: search.q ?? '',
    show: search.show ?? 'all',
    sort,
    dir: search.dir ?? defaultDir(sort),
    group: search.group === 'repo',
  };
}

/** The view back as search params, defaults left out. */
export function imagesSearch(view: ImagesView): ImagesSearch {
  const sort = view.sort === 'created' ? undefined : view.sort;
  return compact({
    q: view.q || undefined,
    show: view.show === 'all' ? undefined : view.show,
    sort,
    dir: view.dir === defaultDir(view.sort) ? undefined : view.dir,
    group: view.group ? ('repo' as const) : undefined,
  });
}

/** A click on a column header: the same column flips direction, another starts at its natural one. */
export function nextSort(view: Pick<ImagesView, 'sort' | 'dir'>, key: ImageSortKey): Pick<ImagesView, 'sort' | 'dir'> {
  if (view.sort === key) return { sort: key, dir: view.dir === 'asc' ? 'desc' : 'asc' };
  return { sort: key, dir: defaultDir(key) };
}
