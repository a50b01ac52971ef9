/** The preload bridge, with stubbed contextBridge/ipcRenderer: its surface and its stream routing. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GantryBridge } from '../../electron/shared/bridge';
import { IPC } from '../../electron/shared/ipcChannels';

import type * as StubModule from '../support/electronStub';

type Stub = typeof StubModule;

vi.mock('electron', () => import('../support/electronStub'));

let electron: Stub;
let bridge: GantryBridge;

beforeEach(async () => {
  // The preload runs its top level once per page: give each test a fresh page. resetModules keeps
  // the mock registry, so 'electron' stays the one stub instance; reset its state instead.
  vi.resetModules();
  electron = (await import('electron')) as unknown as Stub;
  electron.resetElectronStub();
  await import('../../electron/preload/index');
  bridge = electron.contextBridge.exposed.get('gantry') as GantryBridge;
});

const fromMain = (channel: string, ...args: unknown[]) => electron.ipcRenderer.emit(channel, {}, ...args);
const handlers = () => ({ onEvent: vi.fn(), onEnd: vi.fn() });

describe('preload bridge', () => {
  it('exposes exactly invoke, subscribe and duplex as window.gantry, and nothing else', () => {
    expect([...electron.contextBridge.exposed.keys()]).toEqual(['gantry']);
    expect(Object.keys(bridge).sort()).toEqual(['duplex', 'invoke', 'subscribe']);
    for (const value of Object.values(bridge)) {
      expect(typeof value).toBe('function');
      expect(Object.values(electron.ipcRenderer)).not.toContain(value);
    }
  });

  it('invoke forwards the contract channel and input on the one invoke wire channel', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: [] });
    await expect(bridge.invoke('containers.list', {})).resolves.toEqual({ ok: true, value: [] });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC.invoke, 'containers.list', {});
  });

  it('subscribe sends a fresh id per stream and routes events and end by id', () => {
    const first = handlers();
    const second = handlers();
    bridge.subscribe('engine.events', {}, first);
    bridge.subscribe('engine.events', { x: 1 }, second);
    expect(electron.ipcRenderer.send.mock.calls).toEqual([
      [IPC.subscribe, 1, 'engine.events', {}],
      [IPC.subscribe, 2, 'engine.events', { x: 1 }],
    ]);

    fromMain(IPC.event, 2, 'for second');
    fromMain(IPC.event, 1, 'for first');
    fromMain(IPC.event, 99, 'for nobody');
    expect(first.onEvent.mock.calls).toEqual([['for first']]);
    expect(second.onEvent.mock.calls).toEqual([['for second']]);

    const error = { code: 'ENGINE_UNAVAILABLE', message: 'gone' };
    fromMain(IPC.end, 2, error);
    fromMain(IPC.event, 2, 'late');
    fromMain(IPC.end, 2);
    expect(second.onEnd.mock.calls).toEqual([[error]]);
    expect(second.onEvent).toHaveBeenCalledTimes(1);
    expect(first.onEnd).not.toHaveBeenCalled();
  });

  it('uses one shared listener per wire channel, however many streams are open', () => {
    for (let i = 0; i < 5; i++) bridge.subscribe('engine.events', {}, handlers());
    expect(electron.ipcRenderer.listenerCount(IPC.event)).toBe(1);
    expect(electron.ipcRenderer.listenerCount(IPC.end)).toBe(1);
  });

  it('the returned close function sends unsubscribe once and stops delivery', () => {
    const h = handlers();
    const close = bridge.subscribe('engine.events', {}, h);
    close();
    close();
    expect(electron.ipcRenderer.send.mock.calls.slice(1)).toEqual([[IPC.unsubscribe, 1]]);
    fromMain(IPC.event, 1, 'after close');
    fromMain(IPC.end, 1);
    expect(h.onEvent).not.toHaveBeenCalled();
    expect(h.onEnd).not.toHaveBeenCalled();
  });

  it('does not send unsubscribe for a stream the main process already ended', () => {
    const close = bridge.subscribe('engine.events', {}, handlers());
    fromMain(IPC.end, 1);
    close();
    expect(electron.ipcRenderer.send.mock.calls).toEqual([[IPC.subscribe, 1, 'engine.events', {}]]);
  });

  it('duplex opens like subscribe and sends messages on the send wire channel by id, until closed or ended', () => {
    const first = bridge.duplex('terminal.open', { id: 'web' }, handlers());
    const second = bridge.duplex('terminal.open', { id: 'db' }, handlers());
    first.send({ kind: 'input', data: 'ls\r' });
    second.send({ kind: 'resize', cols: 100, rows: 30 });
    fromMain(IPC.end, 2);
    second.send({ kind: 'input', data: 'after end' });
    first.close();
    first.send({ kind: 'input', data: 'after close' });
    expect(electron.ipcRenderer.send.mock.calls).toEqual([
      [IPC.subscribe, 1, 'terminal.open', { id: 'web' }],
      [IPC.subscribe, 2, 'terminal.open', { id: 'db' }],
      [IPC.send, 1, { kind: 'input', data: 'ls\r' }],
      [IPC.send, 2, { kind: 'resize', cols: 100, rows: 30 }],
      [IPC.unsubscribe, 1],
    ]);
  });
});
