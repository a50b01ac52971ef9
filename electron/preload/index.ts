/**
 * The sandboxed preload: exposes `window.gantry` (GantryBridge) and nothing else. The renderer gets
 * three functions that speak the contract; it never sees ipcRenderer or picks an IPC channel, so a
 * compromised page can only send what the router validates anyway. Bundled to CommonJS with only
 * `electron` left as a require (sandboxed preloads cannot load anything else).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { GantryBridge, StreamHandlers } from '../shared/bridge';
import type { ApiError, Envelope } from '../shared/errors';
import { IPC } from '../shared/ipcChannels';

const streams = new Map<number, StreamHandlers>();
let nextId = 1;

// One listener per wire channel, routing by subscription id, however many streams are open.
ipcRenderer.on(IPC.event, (_event, id: number, data: unknown) => {
  streams.get(id)?.onEvent(data);
});
ipcRenderer.on(IPC.end, (_event, id: number, error?: ApiError) => {
  const handlers = streams.get(id);
  if (!handlers) return;
  streams.delete(id);
  handlers.onEnd(error);
});

function open(channel: string, input: unknown, handlers: StreamHandlers): number {
  const id = nextId++;
  streams.set(id, handlers);
  ipcRenderer.send(IPC.subscribe, id, channel, input);
  return id;
}

// Closing is the caller's own act, so onEnd is not called; repeat calls are no-ops.
function close(id: number): void {
  if (!streams.delete(id)) return;
  ipcRenderer.send(IPC.unsubscribe, id);
}

const bridge: GantryBridge = {
  invoke: (channel, input) => ipcRenderer.invoke(IPC.invoke, channel, input) as Promise<Envelope<unknown>>,
  subscribe(channel, input, handlers) {
    const id = open(channel, input, handlers);
    return () => close(id);
  },
  duplex(channel, input, handlers) {
    const id = open(channel, input, handlers);
    return {
      // Only while the stream is open: main drops late messages anyway, this saves the trip.
      send: (message) => {
        if (streams.has(id)) ipcRenderer.send(IPC.send, id, message);
      },
      close: () => close(id),
    };
  },
};

contextBridge.exposeInMainWorld('gantry', bridge);
