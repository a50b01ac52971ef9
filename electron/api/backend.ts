/**
 * Wires the engine layer to the router: the one place that says which function answers which
 * channel. Both transports (Electron IPC and the web server) are given this backend.
 *
 * The backend owns one Engine event stream (the feed) for every window and page, and the lists
 * that stream keeps current (the mirrors): a page's lists are answered from memory, and its
 * 'engine.events' subscription is a listener on the feed.
 */
import { ContainerMirror } from '../engine/containerMirror';
import { EngineConnection } from '../engine/connection';
import { startContainer, stopContainer } from '../engine/containers';
import { EngineEventFeed } from '../engine/eventFeed';
import { ImageMirror } from '../engine/imageMirror';
import { createRouter, type InvokeHandlers, type Router, type StreamHandlers } from './router';

export interface Backend {
  router: Router;
  engine: EngineConnection;
  /** A window or page is opening: open the feed, so its first lists are ready when it asks. */
  pageOpening(): void;
  dispose(): Promise<void>;
}

export interface BackendOptions {
  /** How old the container mirror may be before a list also refreshes it in the background. */
  revalidateAfterMs?: number;
}

export function createBackend(env: NodeJS.ProcessEnv, options: BackendOptions = {}): Backend {
  const engine = new EngineConnection(env);
  const feed = new EngineEventFeed(engine);
  const containers = new ContainerMirror(engine, feed, options.revalidateAfterMs);
  const images = new ImageMirror(engine, feed, containers);

  const invokeHandlers: InvokeHandlers = {
    // While the feed's stream is open the Engine is up and its details known: no probe needed.
    'engine.status': async () => feed.liveStatus() ?? engine.status(),
    'containers.list': () => containers.list(),
    'containers.start': ({ id }) => startContainer(engine, id),
    'containers.stop': ({ id, timeoutSeconds }) => stopContainer(engine, id, timeoutSeconds),
    'images.list': () => images.list(),
  };

  const streamHandlers: StreamHandlers = {
    'engine.events': ({ sinceMs }, emit, signal) =>
      new Promise<void>((resolve) => {
        const unsubscribe = feed.subscribe(emit, sinceMs);
        signal.addEventListener(
          'abort',
          () => {
            unsubscribe();
            resolve();
          },
          { once: true },
        );
      }),
  };

  const router = createRouter(invokeHandlers, streamHandlers);
  return {
    router,
    engine,
    pageOpening: () => feed.start(),
    dispose() {
      router.closeAll();
      feed.stop();
      return Promise.resolve();
    },
  };
}
