import type { ImagesSearch } from './search';

/** The images list's last view, so an image page's Back link returns to it as it was. */
let last: ImagesSearch = {};

export function rememberImagesSearch(search: ImagesSearch): void {
  last = search;
}

export function lastImagesSearch(): ImagesSearch {
  return last;
}
