/** The engine's own channels: status, and the events stream every page listens to. */
import type { InvokeHandlers, StreamHandlers } from '../router';
import type { EngineScope } from '../scope';

export function engineInvokeHandlers(scope: EngineScope): Pick<InvokeHandlers, 'engine.status'> {
  return {
    // While the feed's stream is open the Engine is up and its details known: no probe needed.
    'engine.status': async () => scope.feed.liveStatus() ?? scope.engine.status(),
  };
}

export function engineStreamHandlers(scope: EngineScope): Pick<StreamHandlers, 'engine.events'> {
  return {
    // A page's subscription is a listener on the backend's one feed, until the page goes away.
    'engine.events': ({ sinceMs }, emit, signal) =>
      new Promise<void>((resolve) => {
        const unsubscribe = scope.feed.subscribe(emit, sinceMs);
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
}
