/**
 * Wires the engine layer to the router: the one place that says which domain's handlers answer
 * which channels (electron/api/handlers/, one file per area). Both transports (Electron IPC and the
 * web server) are given this backend.
 *
 * The backend owns one engine scope (electron/api/scope.ts): one Engine event stream (the feed) for
 * every window and page, and the lists that stream keeps current (the mirrors), so a page's lists
 * are answered from memory and its 'engine.events' subscription is a listener on the feed.
 */
import type { EngineConnection } from '../engine/connection';
import { DownloadTickets, type DownloadBody } from './downloads';
import { containerFileInvokeHandlers } from './handlers/containerFiles';
import { containerInvokeHandlers, containerStreamHandlers } from './handlers/containers';
import { engineInvokeHandlers, engineStreamHandlers } from './handlers/engine';
import { imageInvokeHandlers } from './handlers/images';
import { layerInvokeHandlers, layerStreamHandlers } from './handlers/layers';
import { logInvokeHandlers, logStreamHandlers } from './handlers/logs';
import { statsStreamHandlers } from './handlers/stats';
import { terminalDuplexHandlers } from './handlers/terminal';
import { createRouter, type DuplexHandlers, type InvokeHandlers, type Router, type StreamHandlers } from './router';
import { createEngineScope, disposeEngineScope, type ScopeOptions } from './scope';

export interface Backend {
  router: Router;
  engine: EngineConnection;
  /** A window or page is opening: open the feed, so its first lists are ready when it asks. */
  pageOpening(): void;
  /**
   * Opens the download a one-time ticket stands for (both transports serve downloads/<ticket>
   * through this); null when the ticket is unknown, used or expired.
   */
  download(ticket: string): Promise<DownloadBody | null>;
  dispose(): Promise<void>;
}

export type BackendOptions = ScopeOptions;

export function createBackend(env: NodeJS.ProcessEnv, options: BackendOptions = {}): Backend {
  const scope = createEngineScope(env, options);
  const tickets = new DownloadTickets();

  const invokeHandlers: InvokeHandlers = {
    ...engineInvokeHandlers(scope),
    ...containerInvokeHandlers(scope),
    ...containerFileInvokeHandlers(scope),
    ...imageInvokeHandlers(scope),
    ...layerInvokeHandlers(scope),
    ...logInvokeHandlers(scope, tickets),
  };
  const streamHandlers: StreamHandlers = {
    ...engineStreamHandlers(scope),
    ...containerStreamHandlers(scope),
    ...layerStreamHandlers(scope),
    ...logStreamHandlers(scope),
    ...statsStreamHandlers(scope),
  };

  const duplexHandlers: DuplexHandlers = {
    ...terminalDuplexHandlers(scope),
  };

  const router = createRouter(invokeHandlers, streamHandlers, duplexHandlers);
  return {
    router,
    engine: scope.engine,
    pageOpening: () => scope.feed.start(),
    download: async (ticket) => {
      const open = tickets.take(ticket);
      return open ? open() : null;
    },
    dispose() {
      router.closeAll();
      disposeEngineScope(scope);
      return Promise.resolve();
    },
  };
}
