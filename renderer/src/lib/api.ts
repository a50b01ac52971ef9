/**
 * The one typed API the renderer uses. It runs over whichever bridge is present: the Electron
 * preload's `window.gantry`, or the WebSocket transport when the page is served by `gantry serve`.
 * Types come from the contract (type-only import: the renderer bundles no zod).
 */
import type { GantryBridge } from '../../../electron/shared/bridge';
import type {
  DuplexChannel,
  EventOf,
  InputOf,
  InvokeChannel,
  MessageOf,
  ResultOf,
  StreamChannel,
} from '../../../electron/shared/contract';
import type { ApiError } from '../../../electron/shared/errors';
import { ApiRequestError, CONNECTION_LOST } from './apiError';

export interface TypedStreamHandlers<K extends StreamChannel | DuplexChannel> {
  onEvent: (event: EventOf<K>) => void;
  onEnd: (error?: ApiError) => void;
}

export interface Api {
  /** Resolves with the result, or throws ApiRequestError {code, message}. */
  invoke<K extends InvokeChannel>(channel: K, input: InputOf<K>): Promise<ResultOf<K>>;
  /** Opens a stream; returns the function that closes it. `onEnd` is called at most once. */
  subscribe<K extends StreamChannel>(channel: K, input: InputOf<K>, handlers: TypedStreamHandlers<K>): () => void;
  /** Opens a duplex stream: events as with subscribe, and `send` for messages back on it. */
  duplex<K extends DuplexChannel>(channel: K, input: InputOf<K>, handlers: TypedStreamHandlers<K>): DuplexStream<K>;
}

export interface DuplexStream<K extends DuplexChannel> {
  /** Dropped once the stream has ended or been closed. */
  send(message: MessageOf<K>): void;
  /** Closes the stream; `onEnd` is not called for the caller's own close. */
  close(): void;
}

/** Handlers that call onEnd at most once and drop events after it, whatever the bridge does. */
function oneEnd<K extends StreamChannel | DuplexChannel>(handlers: TypedStreamHandlers<K>) {
  let ended = false;
  return {
    onEvent: (data: unknown) => {
      if (!ended) handlers.onEvent(data as EventOf<K>);
    },
    onEnd: (error?: ApiError) => {
      if (ended) return;
      ended = true;
      handlers.onEnd(error);
    },
  };
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
      return bridge.subscribe(channel, input, oneEnd(handlers));
    },
    duplex(channel, input, handlers) {
      const handle = bridge.duplex(channel, input, oneEnd(handlers));
      return { send: (message) => handle.send(message), close: () => handle.close() };
    },
  };
}
