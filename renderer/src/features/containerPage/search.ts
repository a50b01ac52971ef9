/** The container page's URL search params: `#/containers/<id>?tab=files`. Absent: the overview. */
import { oneOf } from '../../lib/listSearch';

export const CONTAINER_TABS = [
  'overview',
  'logs',
  'stats',
  'terminal',
  'environment',
  'mounts',
  'processes',
  'size',
  'changes',
  'files',
  'inspect',
] as const;
export type ContainerTab = (typeof CONTAINER_TABS)[number];

export interface ContainerPageSearch {
  tab?: Exclude<ContainerTab, 'overview'>;
}

export function parseContainerPageSearch(raw: Record<string, unknown>): ContainerPageSearch {
  const tab = oneOf(raw.tab, CONTAINER_TABS);
  return tab === undefined || tab === 'overview' ? {} : { tab };
}
