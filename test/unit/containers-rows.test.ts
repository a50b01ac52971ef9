import { describe, expect, it } from 'vitest';
import type { ContainerSize, ContainerSummary } from '../../electron/shared/dto';
import {
  containerRows,
  matchesText,
  serviceLabel,
  sortContainers,
  visibleContainers,
  type ContainerRow,
} from '../../renderer/src/features/containers/containerRows';
import { containersSearch, containersView, nextSort } from '../../renderer/src/features/containers/search';
import { parseContainersSearch } from '../../renderer/src/lib/listSearch';

let made = 0;
function c(name: string, extra: Partial<ContainerSummary> = {}): ContainerSummary {
  return {
    id: (++made).toString(16).padStart(64, 'f'),
    name,
    image: 'gantry-test/busybox:latest',
    imageId: 'sha256:1',
    command: 'sh',
    created: 100,
    state: 'running',
    status: 'Up 2 minutes',
    ports: [],
    ...extra,
  };
}

const proj = (service: string, number: number, extra: Partial<ContainerSummary> = {}) =>
  c(`shop-${service}-${number}`, { composeProject: 'shop', composeService: service, composeNumber: number, ...extra });

/** Rows as short words: "[shop 2/3]" for a group, "  name" inside one, "name" outside. */
function shape(rows: readonly ContainerRow[]): string[] {
  return rows.map((row) =>
    row.kind === 'group'
      ? `[${row.project} ${row.running}/${row.containers.length}${row.collapsed ? ' folded' : ''}]`
      : `${row.inGroup ? '  ' : ''}${row.container.name}`,
  );
}

const view = containersView({});

describe('compose grouping', () => {
  const list = [
    c('alone-new', { created: 500 }),
    proj('web', 1, { created: 400 }),
    proj('web', 2, { created: 300, state: 'exited', status: 'Exited (0) 1 minute ago' }),
    c('alone-old', { created: 100 }),
    proj('db', 1, { created: 200 }),
    c('other-api-1', { created: 50, composeProject: 'other', composeService: 'api', composeNumber: 1 }),
  ];

  it('groups by project where its newest member stands, with its running count; standalone ones around', () => {
    expect(shape(containerRows(list, view))).toEqual([
      'alone-new',
      '[shop 2/3]',
      '  shop-web-1',
      '  shop-web-2',
      '  shop-db-1',
      'alone-old',
      '[other 1/1]',
      '  other-api-1',
    ]);
  });

  it('a folded group keeps only its header; ungrouped, the list is flat', () => {
    expect(shape(containerRows(list, view, { collapsed: new Set(['shop']) }))).toEqual([
      'alone-new',
      '[shop 2/3 folded]',
      'alone-old',
      '[other 1/1]',
      '  other-api-1',
    ]);
    expect(shape(containerRows(list, { ...view, group: false }))).toEqual([
      'alone-new',
      'shop-web-1',
      'shop-web-2',
      'shop-db-1',
      'alone-old',
      'other-api-1',
    ]);
  });

  it('the filter applies inside groups: the header counts what is shown', () => {
    const rows = containerRows(list, { ...view, q: 'web' });
    expect(shape(rows)).toEqual(['[shop 1/2]', '  shop-web-1', '  shop-web-2']);
    const only = containerRows(list, { ...view, show: 'running' });
    expect(shape(only)).toContain('[shop 2/2]');
    expect(shape(only)).not.toContain('  shop-web-2');
  });

  it('names replicas as Compose does, and a service without a number by itself', () => {
    expect(serviceLabel({ composeService: 'web', composeNumber: 2 })).toBe('web-2');
    expect(serviceLabel({ composeService: 'web' })).toBe('web');
    expect(serviceLabel({})).toBeUndefined();
  });
});

describe('filters', () => {
  const list = [
    c('a', { state: 'running' }),
    c('b', { state: 'paused' }),
    c('e', { state: 'exited' }),
    c('f', { state: 'created' }),
    c('d', { state: 'dead' }),
    c('r', { state: 'restarting' }),
  ];
  it('by state: running, paused, stopped (created, exited, dead)', () => {
    const names = (show: 'all' | 'running' | 'paused' | 'stopped') =>
      visibleContainers(list, { q: '', show }).map((x) => x.name);
    expect(names('running')).toEqual(['a']);
    expect(names('paused')).toEqual(['b']);
    expect(names('stopped')).toEqual(['e', 'f', 'd']);
    expect(names('all')).toHaveLength(6);
  });

  it('by text: every term, in names, images, status, health, project, service, or the ID’s start', () => {
    const x = c('frontend', {
      composeProject: 'shop',
      composeService: 'web',
      composeNumber: 2,
      health: 'unhealthy',
      id: `abc123${'0'.repeat(58)}`,
    });
    expect(matchesText(x, 'shop web-2')).toBe(true);
    expect(matchesText(x, 'UNHEALTHY')).toBe(true);
    expect(matchesText(x, 'abc1')).toBe(true);
    expect(matchesText(x, 'bc12')).toBe(false);
    expect(matchesText(x, 'web exited')).toBe(false);
  });
});

describe('sort', () => {
  const size = (id: string, sizeRw: number): ContainerSize => ({ id, sizeRw, sizeRootFs: sizeRw + 10, measuredAt: 1 });
  const a = c('alpha', { created: 3, image: 'zeta', state: 'exited', ports: [{ containerPort: 80, protocol: 'tcp' }] });
  const b = c('beta', {
    created: 1,
    image: 'alpha',
    state: 'running',
    ports: [{ containerPort: 80, hostPort: 8080, hostIp: '0.0.0.0', protocol: 'tcp' }],
  });
  const d = c('delta', { created: 2, image: 'mid', state: 'paused' });
  const names = (key: Parameters<typeof sortContainers>[1], dir: 'asc' | 'desc', sizes = new Map()) =>
    sortContainers([a, b, d], key, dir, sizes).map((x) => x.name);

  it('by each column, both ways', () => {
    expect(names('name', 'asc')).toEqual(['alpha', 'beta', 'delta']);
    expect(names('name', 'desc')).toEqual(['delta', 'beta', 'alpha']);
    expect(names('image', 'asc')).toEqual(['beta', 'delta', 'alpha']);
    expect(names('created', 'desc')).toEqual(['alpha', 'delta', 'beta']);
    expect(names('state', 'asc')).toEqual(['beta', 'delta', 'alpha']);
  });

  it('ports by published host port first; containers without ports last either way', () => {
    expect(names('ports', 'asc')).toEqual(['beta', 'alpha', 'delta']);
    expect(names('ports', 'desc')).toEqual(['alpha', 'beta', 'delta']);
  });

  it('size by the writable layer; not yet measured last', () => {
    const sizes = new Map([
      [a.id, size(a.id, 5)],
      [d.id, size(d.id, 50)],
    ]);
    expect(names('size', 'desc', sizes)).toEqual(['delta', 'alpha', 'beta']);
    expect(names('size', 'asc', sizes)).toEqual(['alpha', 'delta', 'beta']);
  });

  it('created within the same second: the Engine’s order (newest first), reversed ascending', () => {
    const engine = [c('z-newest', { created: 7 }), c('a-middle', { created: 7 }), c('m-oldest', { created: 7 })];
    expect(sortContainers(engine, 'created', 'desc').map((x) => x.name)).toEqual(['z-newest', 'a-middle', 'm-oldest']);
    expect(sortContainers(engine, 'created', 'asc').map((x) => x.name)).toEqual(['m-oldest', 'a-middle', 'z-newest']);
  });

  it('ties by name, so equal keys keep one order', () => {
    const twins = [c('b2'), c('b10'), c('b1')];
    expect(sortContainers(twins, 'image', 'desc').map((x) => x.name)).toEqual(['b1', 'b2', 'b10']);
  });
});

describe('search params', () => {
  it('keeps only known values and leaves defaults out of the URL', () => {
    expect(parseContainersSearch({ q: 'web', show: 'running', sort: 'name', dir: 'desc', group: 'none' })).toEqual({
      q: 'web',
      show: 'running',
      sort: 'name',
      dir: 'desc',
      group: 'none',
    });
    expect(parseContainersSearch({ show: 'all', sort: 'bogus', dir: 'up', group: 'yes', q: '' })).toEqual({});
    expect(containersSearch(containersView({}))).toEqual({});
    expect(containersSearch({ ...containersView({}), sort: 'name', dir: 'asc', group: false })).toEqual({
      sort: 'name',
      group: 'none',
    });
  });

  it('a header click flips the sorted column, another starts at its natural direction', () => {
    expect(nextSort({ sort: 'created', dir: 'desc' }, 'created')).toEqual({ sort: 'created', dir: 'asc' });
    expect(nextSort({ sort: 'created', dir: 'desc' }, 'name')).toEqual({ sort: 'name', dir: 'asc' });
    expect(nextSort({ sort: 'name', dir: 'asc' }, 'size')).toEqual({ sort: 'size', dir: 'desc' });
  });
});
