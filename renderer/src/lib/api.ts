/**
 * The one typed API the renderer uses. It runs over whichever bridge is present: the Electron
 * preload's `window.gantry`, or the WebSocket transport when the page is served by `gantry serve`.
 * Types come from the contract (type-only import: the renderer bundles no zod).
 */
import type { GantryBridge } from '../../../electron/shared/bridge';
import type { EventOf, InputOf, InvokeChannel, ResultOf, StreamChannel } from '../../../electron/shared/contract';
import type { ApiError } from '../../../electron/shared/errors';
import { ApiRequestError, CONNECTION_LOST } from './apiError';

export interface TypedStreamHandlers<K extends StreamChannel> {
  onEvent: (event: EventOf<K>) => void;
  onEnd: (error?: ApiError) => void;
}

export interface Api {
  /** Resolves with the result, or throws ApiRequestError {code, message}. */
  invoke<K extends InvokeChannel>(channel: K, input: InputOf<K>): Promise<ResultOf<K>>;
  /** Opens a stream; returns the function that closes it. `onEnd` is called at most once. */
  subscribe<K extends StreamChannel>(channel: K, input: InputOf<K>, handlers: TypedStreamHandlers<K>): () => void;
}

export function createApi(bridge: GantryBridge): Api {
  return {
    async invoke(channel, input) {
      let envelope;
      try {
        envelope = await bridge.invoke(channel, input);
      } catch {
        throw new ApiRequestError(CONNECTION_LOST);
      }
      if (!envelope.ok) throw new ApiRequestError(envelope.error);
      return envelope.value as ResultOf<typeof channel>;
    },
    subscribe(channel, input, handlers) {
      let ended = false;
      return bridge.subscribe(channel, input, {
        onEvent: (data) => {
          if (!ended) handlers.onEvent(data as EventOf<typeof channel>);
        },
        onEnd: (error) => {
          if (ended) return;
          ended = true;
          handlers.onEnd(error);
        },
      });
    },
  };
}
