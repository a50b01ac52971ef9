/**
 * The Electron transport: binds the router to ipcMain. No logic beyond two things the router cannot
 * know about — who is calling (the sender check) and when the caller goes away (stream cleanup).
 * Validation, unknown channels and error envelopes are the router's job.
 */
import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { Router } from '../api/router';
import type { StreamSink } from '../api/subscriptions';
import type { ApiError, Envelope } from '../shared/errors';
import { IPC } from '../shared/ipcChannels';
import { isTrustedSender } from './policy';

export interface IpcOptions {
  /** The origin of the renderer the window loaded: app://gantry, or the dev server's origin. */
  trustedOrigin: string;
  /** Whether a webContents is one of our app windows (not some other webContents in the process). */
  isAppContents(contents: WebContents): boolean;
}

const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This request did not come from the Gantry window.' },
};

export function ipcClientId(contents: WebContents): string {
  return `ipc:${contents.id}`;
}

/** Per-webContents state: bumped each time the page goes away, so old streams stop talking to it. */
interface ClientState {
  generation: number;
}

export function bindIpc(router: Router, options: IpcOptions): { dispose(): void } {
  const clients = new Map<number, { state: ClientState; clientId: string }>();

  /**
   * Every message must come from the top frame of our window showing our renderer's origin. A
   * sub-frame, another webContents, a page the window was somehow navigated to, or a frame already
   * gone (senderFrame null) is refused.
   */
  function isTrusted(event: IpcMainEvent | IpcMainInvokeEvent): boolean {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    if (!options.isAppContents(event.sender)) return false;
    return isTrustedSender(frame.url, options.trustedOrigin, frame.origin);
  }

  /**
   * Streams belong to a document, not to the webContents: on reload, navigation, renderer crash or
   * window close, the router ends every stream that client opened (aborting the Engine requests).
   */
  function clientFor(contents: WebContents): { state: ClientState; clientId: string } {
    const known = clients.get(contents.id);
    if (known) return known;
    const entry = { state: { generation: 0 }, clientId: ipcClientId(contents) };
    const contentsId = contents.id; // .id must not be read once destroyed
    clients.set(contentsId, entry);
    const close = () => {
      entry.state.generation += 1; // silence the old document's sinks before they hear `end`
      router.closeClient(entry.clientId);
    };
    contents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) close();
    });
    contents.on('render-process-gone', close);
    contents.once('destroyed', () => {
      close();
      clients.delete(contentsId);
    });
    return entry;
  }

  function sinkFor(contents: WebContents, state: ClientState, subscriptionId: number): StreamSink {
    const generation = state.generation;
    const live = () => state.generation === generation && !contents.isDestroyed();
    return {
      event(data: unknown) {
        if (live()) contents.send(IPC.event, subscriptionId, data);
      },
      end(error?: ApiError) {
        if (!live()) return;
        if (error) contents.send(IPC.end, subscriptionId, error);
        else contents.send(IPC.end, subscriptionId);
      },
    };
  }

  const onInvoke = (event: IpcMainInvokeEvent, channel: unknown, input: unknown): Promise<Envelope<unknown>> =>
    isTrusted(event) ? router.invoke(channel, input) : Promise.resolve(FORBIDDEN);

  const onSubscribe = (event: IpcMainEvent, subscriptionId: unknown, channel: unknown, input: unknown): void => {
    // Ids are the wire's framing, not API input: a malformed one cannot be answered, only dropped.
    if (!isTrusted(event) || !Number.isSafeInteger(subscriptionId)) return;
    const id = subscriptionId as number;
    const { state, clientId } = clientFor(event.sender);
    router.subscribe(clientId, id, channel, input, sinkFor(event.sender, state, id));
  };

  const onUnsubscribe = (event: IpcMainEvent, subscriptionId: unknown): void => {
    if (!isTrusted(event) || !Number.isSafeInteger(subscriptionId)) return;
    router.unsubscribe(ipcClientId(event.sender), subscriptionId as number);
  };

  // The router validates the message with the channel's schema and drops it for a closed stream.
  const onSend = (event: IpcMainEvent, subscriptionId: unknown, message: unknown): void => {
    if (!isTrusted(event) || !Number.isSafeInteger(subscriptionId)) return;
    router.send(ipcClientId(event.sender), subscriptionId as number, message);
  };

  ipcMain.handle(IPC.invoke, onInvoke);
  ipcMain.on(IPC.subscribe, onSubscribe);
  ipcMain.on(IPC.unsubscribe, onUnsubscribe);
  ipcMain.on(IPC.send, onSend);

  return {
    dispose() {
      ipcMain.removeHandler(IPC.invoke);
      ipcMain.removeListener(IPC.subscribe, onSubscribe);
      ipcMain.removeListener(IPC.unsubscribe, onUnsubscribe);
      ipcMain.removeListener(IPC.send, onSend);
      for (const { state, clientId } of clients.values()) {
        state.generation += 1;
        router.closeClient(clientId);
      }
      clients.clear();
    },
  };
}
