/**
 * The containers table's rows from the Engine's list and the view: filtered (text, state),
 * sorted by any column, and grouped by compose project. A group takes the place of its
 * best-ranked container in the sorted order, so groups and standalone containers interleave as
 * the sort says (as Docker Desktop shows them); a collapsed group keeps only its header.
 * Pure: unit-tested in test/unit/containers-rows.test.ts.
 */
import type { ContainerSize, ContainerState, ContainerSummary } from '../../../../electron/shared/dto';
import type { ContainerShow, ContainerSortKey, SortDir } from '../../lib/listSearch';
import type { ContainersView } from './search';

export interface ContainerGroupRow {
  kind: 'group';
  key: string;
  project: string;
  /** The group's containers the view shows, in the sorted order. */
  containers: ContainerSummary[];
  running: number;
  collapsed: boolean;
}

export interface ContainerItemRow {
  kind: 'container';
  /** The container's full ID. */
  key: string;
  container: ContainerSummary;
  /** Drawn inside a compose group (indented under its header). */
  inGroup: boolean;
}

export type ContainerRow = ContainerGroupRow | ContainerItemRow;

/** "web-2": the compose service with its replica number, as Compose names replicas; or undefined. */
export function serviceLabel(
  container: Pick<ContainerSummary, 'composeService' | 'composeNumber'>,
): string | undefined {
  const { composeService: service, composeNumber: number } = container;
  if (service === undefined || service === '') return undefined;
  return number === undefined ? service : `${service}-${number}`;
}

const STOPPED: ReadonlySet<ContainerState> = new Set(['created', 'exited', 'dead']);

export function matchesShow(container: ContainerSummary, show: ContainerShow): boolean {
  switch (show) {
    case 'running':
      return container.state === 'running';
    case 'paused':
      return container.state === 'paused';
    case 'stopped':
      return STOPPED.has(container.state);
    default:
      return true;
  }
}

/** Every whitespace-separated term somewhere in the row's words, or the start of its ID. */
export function matchesText(container: ContainerSummary, query: string): boolean {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return true;
  const words = [
    container.name,
    container.image,
    container.status,
    container.state,
    container.health ?? '',
    container.composeProject ?? '',
    serviceLabel(container) ?? '',
  ]
    .join('\n')
    .toLowerCase();
  return terms.every((term) => words.includes(term) || container.id.startsWith(term));
}

export function visibleContainers(
  containers: readonly ContainerSummary[],
  view: Pick<ContainersView, 'q' | 'show'>,
): ContainerSummary[] {
  return containers.filter((c) => matchesShow(c, view.show) && matchesText(c, view.q));
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Ascending state order: what is doing something first, then what could be started, then the rest. */
const STATE_RANK: Record<ContainerState, number> = {
  running: 0,
  restarting: 1,
  paused: 2,
  created: 3,
  exited: 4,
  dead: 5,
  removing: 6,
};

/** The lowest published host port, then the lowest container port; no ports at all last. */
function portRank(container: ContainerSummary): number {
  let best = Infinity;
  for (const port of container.ports) {
    const value = port.hostPort !== undefined ? port.hostPort : 100_000 + port.containerPort;
    if (value < best) best = value;
  }
  return best;
}

export type SizesById = ReadonlyMap<string, ContainerSize>;

function compareBy(key: ContainerSortKey, a: ContainerSummary, b: ContainerSummary, sizes: SizesById): number {
  switch (key) {
    case 'name':
      return collator.compare(a.name, b.name);
    case 'image':
      return collator.compare(a.image, b.image);
    case 'state':
      return STATE_RANK[a.state] - STATE_RANK[b.state];
    case 'ports': {
      const x = portRank(a);
      const y = portRank(b);
      return x === y ? 0 : x < y ? -1 : 1;
    }
    case 'size': {
      const x = sizes.get(a.id);
      const y = sizes.get(b.id);
      return (x?.sizeRw ?? -1) - (y?.sizeRw ?? -1) || (x?.sizeRootFs ?? -1) - (y?.sizeRootFs ?? -1);
    }
    default:
      return a.created - b.created;
  }
}

/** True when the key puts a container with no value last in either direction. */
function missing(key: ContainerSortKey, c: ContainerSummary, sizes: SizesById): boolean {
  if (key === 'ports') return c.ports.length === 0;
  if (key === 'size') return !sizes.has(c.id);
  return false;
}

/** Sorted by `key` in `dir`; ties by name, then ID, so the order holds across refreshes (by created: the Engine's order). */
export function sortContainers(
  containers: readonly ContainerSummary[],
  key: ContainerSortKey,
  dir: SortDir,
  sizes: SizesById = new Map(),
): ContainerSummary[] {
  const sign = dir === 'asc' ? 1 : -1;
  // The Engine lists newest first, to finer than the second `created` counts in: within one
  // second, its order is the true one.
  const engineOrder = new Map(containers.map((c, i) => [c.id, i]));
  const newer = (a: ContainerSummary, b: ContainerSummary) =>
    (engineOrder.get(b.id) ?? 0) - (engineOrder.get(a.id) ?? 0);
  return [...containers].sort((a, b) => {
    const am = missing(key, a, sizes);
    const bm = missing(key, b, sizes);
    if (am !== bm) return am ? 1 : -1;
    const byKey = compareBy(key, a, b, sizes) || (key === 'created' ? newer(a, b) : 0);
    return sign * byKey || collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
  });
}

export function groupKey(project: string): string {
  return `group\u0000${project}`;
}

/** The rows of the view. `collapsed` holds the compose projects whose groups are folded. */
export function containerRows(
  containers: readonly ContainerSummary[],
  view: ContainersView,
  { sizes = new Map(), collapsed = new Set() }: { sizes?: SizesById; collapsed?: ReadonlySet<string> } = {},
): ContainerRow[] {
  const sorted = sortContainers(visibleContainers(containers, view), view.sort, view.dir, sizes);
  if (!view.group)
    return sorted.map((container) => ({ kind: 'container', key: container.id, container, inGroup: false }));

  const groups = new Map<string, ContainerSummary[]>();
  for (const container of sorted) {
    const project = container.composeProject;
    if (project === undefined || project === '') continue;
    let members = groups.get(project);
    if (!members) groups.set(project, (members = []));
    members.push(container);
  }
  const rows: ContainerRow[] = [];
  const placed = new Set<string>();
  for (const container of sorted) {
    const project = container.composeProject;
    const members = project ? groups.get(project) : undefined;
    if (project === undefined || members === undefined) {
      rows.push({ kind: 'container', key: container.id, container, inGroup: false });
      continue;
    }
    if (placed.has(project)) continue;
    placed.add(project);
    const folded = collapsed.has(project);
    rows.push({
      kind: 'group',
      key: groupKey(project),
      project,
      containers: members,
      running: members.filter((member) => member.state === 'running').length,
      collapsed: folded,
    });
    if (!folded)
      for (const member of members) rows.push({ kind: 'container', key: member.id, container: member, inGroup: true });
  }
  return rows;
}
