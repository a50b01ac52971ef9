/**
 * The Electron transport against the real router (recording handlers): the sender check, every
 * contract channel bound, unknown channels left to the router, and stream cleanup per webContents.
 */
import { beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import {
  createRouter,
  type DuplexHandlers,
  type InvokeHandlers,
  type Router,
  type StreamHandlers,
} from '../../electron/api/router';
import { channelNames, contract, type ChannelName } from '../../electron/shared/contract';
import { IPC } from '../../electron/shared/ipcChannels';
import * as electron from '../support/electronStub';

vi.mock('electron', () => import('../support/electronStub'));

const { bindIpc } = await import('../../electron/main/ipc');
const { channelSamples } = await import('../support/channelSamples');
type Contents = Parameters<Parameters<typeof bindIpc>[1]['isAppContents']>[0];

const RENDERER_URL = 'app://gantry/index.html';
const APP_ORIGIN = 'app://gantry';
const invokeNames = channelNames.filter((name) => contract[name].kind === 'invoke');
const streamNames = channelNames.filter((name) => contract[name].kind === 'stream');
const duplexNames = channelNames.filter((name) => contract[name].kind === 'duplex');
/** One valid input per channel (test/support/channelSamples.ts, typed over the whole contract). */
const sampleFor = (name: ChannelName): unknown => channelSamples[name];

let handled: Array<[string, unknown]>;
let emitters: Map<string, (event: unknown) => void>;
let received: Array<[string, unknown]>;
let router: Router;
// Spies on the router's methods, kept apart so assertions don't pull methods off the object.
let routerInvoke: MockInstance<Router['invoke']>;
let routerSubscribe: MockInstance<Router['subscribe']>;
let routerCloseClient: MockInstance<Router['closeClient']>;
let contents: electron.FakeWebContents;
let binding: { dispose(): void };

function recordingRouter(): Router {
  const invoke = Object.fromEntries(
    invokeNames.map((name) => [
      name,
      (input: unknown) => {
        handled.push([name, input]);
        return Promise.resolve(`result of ${name}`);
      },
    ]),
  );
  const streams = Object.fromEntries(
    streamNames.map((name) => [
      name,
      (input: unknown, emit: (event: unknown) => void, signal: AbortSignal) => {
        handled.push([name, input]);
        emitters.set(name, emit);
        return new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
      },
    ]),
  );
  const duplexes = Object.fromEntries(
    duplexNames.map((name) => [
      name,
      (
        input: unknown,
        emit: (event: unknown) => void,
        signal: AbortSignal,
        onMessage: (listener: (message: unknown) => void) => void,
      ) => {
        handled.push([name, input]);
        emitters.set(name, emit);
        onMessage((message) => received.push([name, message]));
        return new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
      },
    ]),
  );
  return createRouter(
    invoke as unknown as InvokeHandlers,
    streams as unknown as StreamHandlers,
    duplexes as unknown as DuplexHandlers,
  );
}

/** An IPC event as Electron builds it: the sending webContents and frame. */
function eventFrom(sender = contents, senderFrame: electron.FakeFrame | null = sender.mainFrame) {
  return { sender, senderFrame };
}
const invoke = (channel: unknown, input: unknown, event = eventFrom()) =>
  electron.ipcMain.invoke(IPC.invoke, event, channel, input);
const subscribe = (id: unknown, channel: unknown, input: unknown, event = eventFrom()) =>
  electron.ipcMain.emit(IPC.subscribe, event, id, channel, input);

beforeEach(() => {
  electron.resetElectronStub();
  handled = [];
  emitters = new Map();
  received = [];
  router = recordingRouter();
  routerInvoke = vi.spyOn(router, 'invoke');
  routerSubscribe = vi.spyOn(router, 'subscribe');
  routerCloseClient = vi.spyOn(router, 'closeClient');
  contents = new electron.FakeWebContents(RENDERER_URL);
  binding = bindIpc(router, {
    trustedOrigin: APP_ORIGIN,
    isAppContents: (candidate: Contents) => candidate === (contents as unknown as Contents),
  });
});

describe('sender check', () => {
  const anyMessage: unknown = expect.any(String);
  const FORBIDDEN = { ok: false, error: { code: 'FORBIDDEN', message: anyMessage } };

  it('answers the app frame through the router', async () => {
    await expect(invoke('engine.status', {})).resolves.toEqual({ ok: true, value: 'result of engine.status' });
    expect(routerInvoke).toHaveBeenCalledExactlyOnceWith('engine.status', {});
  });

  it('answers the app frame on any route, and when Electron reports the same origin', async () => {
    contents.mainFrame.url = 'app://gantry/index.html#/images';
    contents.mainFrame.origin = APP_ORIGIN;
    await expect(invoke('engine.status', {})).resolves.toEqual({ ok: true, value: 'result of engine.status' });
  });

  it.each([
    'file:///app/dist/renderer/index.html',
    'app://evil/index.html',
    'app://gantry.evil/index.html',
    'http://gantry/index.html',
    'about:blank',
  ])('refuses a top frame showing %s', async (url) => {
    contents.mainFrame.url = url;
    await expect(invoke('containers.list', {})).resolves.toEqual(FORBIDDEN);
    expect(routerInvoke).not.toHaveBeenCalled();
  });

  it('refuses a frame whose reported origin is not ours, whatever its URL says', async () => {
    contents.mainFrame.origin = 'null';
    await expect(invoke('containers.list', {})).resolves.toEqual(FORBIDDEN);
    expect(routerInvoke).not.toHaveBeenCalled();
  });

  it('refuses a frame showing a foreign page, without calling the router', async () => {
    contents.mainFrame.url = 'https://evil.example/';
    await expect(invoke('containers.list', {})).resolves.toEqual(FORBIDDEN);
    expect(routerInvoke).not.toHaveBeenCalled();
  });

  it('refuses a sub-frame, even one showing our own URL', async () => {
    const child = new electron.FakeFrame(RENDERER_URL, contents.mainFrame);
    await expect(invoke('containers.list', {}, eventFrom(contents, child))).resolves.toEqual(FORBIDDEN);
    expect(routerInvoke).not.toHaveBeenCalled();
  });

  it('refuses a frame that is already gone, and a webContents that is not our window', async () => {
    await expect(invoke('containers.list', {}, eventFrom(contents, null))).resolves.toEqual(FORBIDDEN);
    const stranger = new electron.FakeWebContents(RENDERER_URL);
    await expect(invoke('containers.list', {}, eventFrom(stranger))).resolves.toEqual(FORBIDDEN);
    expect(routerInvoke).not.toHaveBeenCalled();
  });

  it('ignores subscribe and unsubscribe from a foreign frame', () => {
    contents.mainFrame.url = 'https://evil.example/';
    subscribe(1, 'engine.events', {});
    electron.ipcMain.emit(IPC.unsubscribe, eventFrom(), 1);
    expect(routerSubscribe).not.toHaveBeenCalled();
    expect(router.openStreams()).toBe(0);
    expect(contents.sent).toEqual([]);
  });
});

describe('every contract channel is bound', () => {
  it.each(invokeNames)('invoke %s reaches the router', async (name) => {
    const envelope = await invoke(name, sampleFor(name));
    expect(routerInvoke).toHaveBeenCalledExactlyOnceWith(name, sampleFor(name));
    if (contract[name].input.safeParse(sampleFor(name)).success) {
      expect(envelope).toEqual({ ok: true, value: `result of ${name}` });
      expect(handled).toEqual([[name, sampleFor(name)]]);
    }
  });

  it.each(streamNames)('subscribe %s reaches router.subscribe and streams back by id', (name) => {
    subscribe(7, name, sampleFor(name));
    expect(routerSubscribe).toHaveBeenCalledExactlyOnceWith(
      `ipc:${contents.id}`,
      7,
      name,
      sampleFor(name),
      expect.anything(),
    );
    expect(router.openStreams()).toBe(1);
    emitters.get(name)!({ hello: 1 });
    expect(contents.sent).toEqual([[IPC.event, 7, { hello: 1 }]]);
  });

  it.each(duplexNames)('duplex %s streams back by id and takes messages on the send wire channel', (name) => {
    subscribe(7, name, sampleFor(name));
    expect(router.openStreams()).toBe(1);
    emitters.get(name)!({ hello: 1 });
    expect(contents.sent).toEqual([[IPC.event, 7, { hello: 1 }]]);
    const message = { kind: 'resize', cols: 100, rows: 30 };
    electron.ipcMain.emit(IPC.send, eventFrom(), 7, message);
    electron.ipcMain.emit(IPC.send, eventFrom(), 8, message); // no such subscription
    electron.ipcMain.emit(IPC.send, eventFrom(), '7', message); // not the wire's framing
    const child = new electron.FakeFrame(RENDERER_URL, contents.mainFrame);
    electron.ipcMain.emit(IPC.send, eventFrom(contents, child), 7, message); // a sub-frame
    expect(received).toEqual([[name, message]]);
  });

  it('passes an unknown channel to the router, which answers BAD_INPUT', async () => {
    const envelope = await invoke('containers.nuke', {});
    expect(routerInvoke).toHaveBeenCalledExactlyOnceWith('containers.nuke', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    subscribe(3, 'containers.nuke', {});
    expect(contents.sent).toEqual([[IPC.end, 3, expect.objectContaining({ code: 'BAD_INPUT' })]]);
    expect(handled).toEqual([]);
  });

  it('drops a subscribe whose id is not an integer (the wire framing, not API input)', () => {
    subscribe('1', 'engine.events', {});
    subscribe(1.5, 'engine.events', {});
    expect(routerSubscribe).not.toHaveBeenCalled();
  });
});

describe('stream lifecycle', () => {
  const stream = streamNames[0]!;

  it('unsubscribe ends the stream and tells the renderer', () => {
    subscribe(1, stream, {});
    electron.ipcMain.emit(IPC.unsubscribe, eventFrom(), 1);
    expect(router.openStreams()).toBe(0);
    expect(contents.sent).toEqual([[IPC.end, 1]]);
  });

  it('closing the window closes that client’s streams and sends nothing to the dead webContents', () => {
    subscribe(1, stream, {});
    subscribe(2, stream, {});
    expect(router.openStreams()).toBe(2);
    contents.destroy(); // the stub throws if anything is sent after this
    expect(routerCloseClient).toHaveBeenCalledWith(`ipc:${contents.id}`);
    expect(router.openStreams()).toBe(0);
  });

  it('a reload (main-frame navigation) closes the old page’s streams silently', () => {
    subscribe(1, stream, {});
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false, url: RENDERER_URL });
    expect(router.openStreams()).toBe(0);
    expect(contents.sent).toEqual([]);
    subscribe(1, stream, {}); // the new page starts over and is served normally
    expect(router.openStreams()).toBe(1);
    emitters.get(stream)!('fresh');
    expect(contents.sent).toEqual([[IPC.event, 1, 'fresh']]);
  });

  it('keeps streams across in-page (hash) and sub-frame navigations', () => {
    subscribe(1, stream, {});
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true, url: `${RENDERER_URL}#/x` });
    contents.emit('did-start-navigation', { isMainFrame: false, isSameDocument: false, url: 'about:blank' });
    expect(router.openStreams()).toBe(1);
  });

  it('a renderer crash closes the streams', () => {
    subscribe(1, stream, {});
    contents.emit('render-process-gone', electron.fakeEvent(), { reason: 'crashed', exitCode: 1 });
    expect(router.openStreams()).toBe(0);
  });

  it('dispose unbinds ipcMain and ends open streams', () => {
    subscribe(1, stream, {});
    binding.dispose();
    expect(router.openStreams()).toBe(0);
    expect(electron.ipcMain.handlers.size).toBe(0);
    expect(electron.ipcMain.listenerCount(IPC.subscribe)).toBe(0);
    expect(electron.ipcMain.listenerCount(IPC.unsubscribe)).toBe(0);
    expect(electron.ipcMain.listenerCount(IPC.send)).toBe(0);
  });
});
