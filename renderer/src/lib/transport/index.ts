/**
 * Picks the transport once, at start-up: the Electron preload's bridge when present, else the
 * WebSocket transport to the server that served this page.
 */
import type { GantryBridge } from '../../../../electron/shared/bridge';
import { createApi } from '../api';
import { createWebBridge, webSocketUrl, type TransportState } from './webBridge';

declare global {
  interface Window {
    gantry?: GantryBridge;
  }
}

export type { TransportState };

interface TransportStatus {
  get: () => TransportState;
  subscribe: (listener: () => void) => () => void;
}

function pickBridge(): { bridge: GantryBridge; status: TransportStatus } {
  if (window.gantry) {
    // IPC has no connection to lose.
    return { bridge: window.gantry, status: { get: () => 'open', subscribe: () => () => {} } };
  }
  const web = createWebBridge({ url: webSocketUrl(window.location) });
  return {
    bridge: web,
    status: { get: () => web.state(), subscribe: (listener) => web.onStateChange(listener) },
  };
}

const picked = pickBridge();

/** Resolves once the transport can send (at once over IPC), or after `maxWaitMs` regardless. */
export function transportOpen(maxWaitMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (picked.status.get() === 'open') return resolve();
    const timer = setTimeout(done, maxWaitMs);
    const unsubscribe = picked.status.subscribe(() => {
      if (picked.status.get() === 'open') done();
    });
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
  });
}

export const api = createApi(picked.bridge);
export const transportStatus = picked.status;
