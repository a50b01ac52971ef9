import { describe, expect, it } from 'vitest';
import type { ContainerSummary, ImageSummary } from '../../electron/shared/dto';
import { applyContainerEvent } from '../../renderer/src/lib/containersCache';
import { matchesText } from '../../renderer/src/features/containers/containerRows';
import { filterImages } from '../../renderer/src/lib/filter';

function container(name: string, id: string, state: ContainerSummary['state'] = 'running'): ContainerSummary {
  return {
    id: id.padEnd(64, '0'),
    name,
    image: `gantry-test/${name}:1.0`,
    imageId: 'sha256:' + 'a'.repeat(64),
    command: 'sh',
    created: 1_700_000_000,
    state,
    status: state === 'running' ? 'Up 3 minutes' : 'Exited (0) 2 hours ago',
    ports: [],
  };
}

const a = container('web-1', 'aaa');
const b = container('worker-1', 'bbb');
const c = container('db-1', 'ccc', 'exited');

describe('applyContainerEvent', () => {
  it('replaces a known row in place, keeping the order', () => {
    const stopped = { ...b, state: 'exited' as const, status: 'Exited (0) 1 second ago' };
    const { list, membershipChanged } = applyContainerEvent([a, b, c], b.id, stopped);
    expect(list).toEqual([a, stopped, c]);
    expect(list![0]).toBe(a); // untouched rows keep their identity (memoised rows do not re-render)
    expect(membershipChanged).toBe(false);
  });

  it('puts a new container first', () => {
    const d = container('new-1', 'ddd');
    const { list, membershipChanged } = applyContainerEvent([a, b], d.id, d);
    expect(list).toEqual([d, a, b]);
    expect(membershipChanged).toBe(true);
  });

  it('removes a destroyed container, by full or short id', () => {
    expect(applyContainerEvent([a, b, c], b.id, null)).toEqual({ list: [a, c], membershipChanged: true });
    expect(applyContainerEvent([a, b, c], 'ccc000000000', null).list).toEqual([a, b]);
  });

  it('leaves the list alone for an unknown removal, and an unloaded cache unloaded', () => {
    const list = [a, b];
    expect(applyContainerEvent(list, 'fff', null).list).toBe(list);
    expect(applyContainerEvent(undefined, a.id, a).list).toBeUndefined();
  });
});

describe('filters', () => {
  it('matches containers by name, image, status and ID prefix; every term must match', () => {
    const all = [a, b, c];
    const filterContainers = (list: ContainerSummary[], query: string) => list.filter((c) => matchesText(c, query));
    expect(filterContainers(all, '')).toEqual(all);
    expect(filterContainers(all, 'WORKER').map((x) => x.name)).toEqual(['worker-1']);
    expect(filterContainers(all, 'gantry-test/db').map((x) => x.name)).toEqual(['db-1']);
    expect(filterContainers(all, 'exited').map((x) => x.name)).toEqual(['db-1']);
    expect(filterContainers(all, 'up 3').map((x) => x.name)).toEqual(['web-1', 'worker-1']);
    expect(filterContainers(all, 'bbb').map((x) => x.name)).toEqual(['worker-1']);
    expect(filterContainers(all, 'web up').map((x) => x.name)).toEqual(['web-1']);
    expect(filterContainers(all, 'web exited')).toEqual([]);
  });

  it('matches images by tag, <none> and ID prefix with or without sha256:', () => {
    const image = (id: string, repoTags: string[]): ImageSummary => ({
      id: `sha256:${id.padEnd(64, '0')}`,
      repoTags,
      repoDigests: [],
      created: 0,
      size: 1,
      containers: 0,
    });
    const all = [image('71aa', ['gantry-test/web:1.0', 'gantry-test/web:latest']), image('82bb', [])];
    expect(filterImages(all, 'web:latest')).toHaveLength(1);
    expect(filterImages(all, '<none>')).toEqual([all[1]]);
    expect(filterImages(all, '82b')).toEqual([all[1]]);
    expect(filterImages(all, 'sha256:71a')).toEqual([all[0]]);
  });
});
