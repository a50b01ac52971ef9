/** The image page's URL search params: `#/images/<id>?tab=layers`. Absent: the overview. */
import { oneOf } from '../../lib/listSearch';

export const IMAGE_TABS = ['overview', 'layers', 'inspect'] as const;
export type ImageTab = (typeof IMAGE_TABS)[number];

export interface ImagePageSearch {
  tab?: Exclude<ImageTab, 'overview'>;
}

export function parseImagePageSearch(raw: Record<string, unknown>): ImagePageSearch {
  const tab = oneOf(raw.tab, IMAGE_TABS);
  return tab === undefined || tab === 'overview' ? {} : { tab };
}
