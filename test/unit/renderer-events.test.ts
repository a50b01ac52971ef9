import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { ContainerSummary, EngineStatus, ImageSummary } from '../../electron/shared/dto';
import { handleEngineEvent, type Refreshers } from '../../renderer/src/app/engineEvents';
import { backoff, debounce } from '../../renderer/src/lib/debounce';
import { queryKeys } from '../../renderer/src/lib/queryKeys';

function container(name: string, state: ContainerSummary['state'] = 'running'): ContainerSummary {
  return {
    id: name.padEnd(64, 'f'),
    name,
    image: 'img',
    imageId: 'sha256:1',
    command: '',
    created: 1,
    state,
    status: '',
    ports: [],
  };
}

function setup() {
  const client = new QueryClient();
  const refresh = { imagesSoon: vi.fn(), imagesLater: vi.fn(), containers: vi.fn() } satisfies Refreshers;
  const a = container('a');
  const b = container('b');
  client.setQueryData(queryKeys.containers, [a, b]);
  client.setQueryData<ImageSummary[]>(queryKeys.images, []);
  return { client, refresh, a, b };
}

describe('handleEngineEvent', () => {
  it('replaces one container row, without refetching anything', () => {
    const { client, refresh, a, b } = setup();
    const stopped = { ...b, state: 'exited' as const };
    handleEngineEvent(client, { kind: 'container', action: 'die', id: b.id, container: stopped }, refresh);
    const list = client.getQueryData<ContainerSummary[]>(queryKeys.containers)!;
    expect(list).toEqual([a, stopped]);
    expect(list[0]).toBe(a);
    expect(refresh.imagesLater).not.toHaveBeenCalled();
    expect(refresh.containers).not.toHaveBeenCalled();
  });

  it('adds and removes rows, refreshing image usage counts later', () => {
    const { client, refresh, b } = setup();
    const c = container('c');
    handleEngineEvent(client, { kind: 'container', action: 'create', id: c.id, container: c }, refresh);
    expect(client.getQueryData<ContainerSummary[]>(queryKeys.containers)!.map((x) => x.name)).toEqual(['c', 'a', 'b']);
    handleEngineEvent(client, { kind: 'container', action: 'destroy', id: b.id, container: null }, refresh);
    expect(client.getQueryData<ContainerSummary[]>(queryKeys.containers)!.map((x) => x.name)).toEqual(['c', 'a']);
    expect(refresh.imagesLater).toHaveBeenCalledTimes(2);
  });

  it('refreshes images soon on image events and sets the engine status', () => {
    const { client, refresh } = setup();
    handleEngineEvent(client, { kind: 'image', action: 'delete', id: 'sha256:x' }, refresh);
    expect(refresh.imagesSoon).toHaveBeenCalledOnce();
    const status: EngineStatus = {
      state: 'unavailable',
      address: 'unix:///x',
      tried: ['unix:///x'],
      reason: 'ENOENT',
      message: 'gone',
    };
    handleEngineEvent(client, { kind: 'engine', status }, refresh);
    expect(client.getQueryData(queryKeys.engineStatus)).toEqual(status);
  });
});

describe('debounce and backoff', () => {
  it('debounce runs once after the last call', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const run = debounce(fn, 100);
    run();
    vi.advanceTimersByTime(60);
    run();
    vi.advanceTimersByTime(99);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledOnce();
    run();
    run.cancel();
    vi.advanceTimersByTime(200);
    expect(fn).toHaveBeenCalledOnce();
    vi.useRealTimers();
  });

  it('backoff doubles from 250 ms to a 5 s cap', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => backoff(n))).toEqual([250, 500, 1000, 2000, 4000, 5000, 5000]);
  });
});
