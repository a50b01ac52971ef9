/**
 * Wires the engine layer to the router: the one place that says which function answers which
 * channel. Both transports (Electron IPC and the web server) are given this backend.
 */
import { EngineConnection } from '../engine/connection';
import { listContainers, startContainer, startContainerListEarly, stopContainer } from '../engine/containers';
import { watchEngineEvents } from '../engine/events';
import { listImages } from '../engine/images';
import { createRouter, type InvokeHandlers, type Router, type StreamHandlers } from './router';

export interface Backend {
  router: Router;
  engine: EngineConnection;
  /** A window or page is opening: start what its first screen will ask for. */
  pageOpening(): void;
  dispose(): Promise<void>;
}

export function createBackend(env: NodeJS.ProcessEnv): Backend {
  const engine = new EngineConnection(env);

  const invokeHandlers: InvokeHandlers = {
    'engine.status': () => engine.status(),
    'containers.list': () => listContainers(engine),
    'containers.start': ({ id }) => startContainer(engine, id),
    'containers.stop': ({ id, timeoutSeconds }) => stopContainer(engine, id, timeoutSeconds),
    'images.list': () => listImages(engine),
  };

  const streamHandlers: StreamHandlers = {
    'engine.events': ({ sinceMs }, emit, signal) => watchEngineEvents(engine, emit, signal, sinceMs),
  };

  const router = createRouter(invokeHandlers, streamHandlers);
  return {
    router,
    engine,
    pageOpening: () => startContainerListEarly(engine),
    dispose() {
      router.closeAll();
      return Promise.resolve();
    },
  };
}
