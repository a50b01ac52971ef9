/** The containers list's view from its URL search params (parsed in lib/listSearch.ts), and back. */
import {
  compact,
  type ContainerShow,
  type ContainerSortKey,
  type ContainersSearch,
  type SortDir,
} from '../../lib/listSearch';

export interface ContainersView {
  q: string;
  show: ContainerShow;
  sort: ContainerSortKey;
  dir: SortDir;
  /** Grouped by compose project. */
  group: boolean;
}

/** Names A→Z first; dates and sizes newest/biggest first; states running first. */
export function defaultDir(key: ContainerSortKey): SortDir {
  return key === 'created' || key === 'size' ? 'desc' : 'asc';
}

export function containersView(search: ContainersSearch): ContainersView {
  const sort = search.sort ?? 'created';
  return {
    q: search.q ?? '',
    show: search.show ?? 'all',
    sort,
    dir: search.dir ?? defaultDir(sort),
    group: search.group !== 'none',
  };
}

export function containersSearch(view: ContainersView): ContainersSearch {
  return compact({
    q: view.q || undefined,
    show: view.show === 'all' ? undefined : view.show,
    sort: view.sort === 'created' ? undefined : view.sort,
    dir: view.dir === defaultDir(view.sort) ? undefined : view.dir,
    group: view.group ? undefined : ('none' as const),
  });
}

/** A header click: the same column flips, another starts at its natural direction. */
export function nextSort(
  view: Pick<ContainersView, 'sort' | 'dir'>,
  key: ContainerSortKey,
): Pick<ContainersView, 'sort' | 'dir'> {
  if (view.sort === key) return { sort: key, dir: view.dir === 'asc' ? 'desc' : 'asc' };
  return { sort: key, dir: defaultDir(key) };
}
