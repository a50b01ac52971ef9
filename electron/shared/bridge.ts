/**
 * What the Electron preload exposes to the renderer as `window.gantry`. The web transport's client
 * implements the same interface over a WebSocket, so the renderer cannot tell them apart.
 */
import type { ApiError, Envelope } from './errors';

export interface StreamHandlers {
  onEvent(data: unknown): void;
  /** Called once when the stream ends: by the producer, on error, or when the connection drops. */
  onEnd(error?: ApiError): void;
}

export interface GantryBridge {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
  /** Opens a stream; returns the function that closes it. */
  subscribe(channel: string, input: unknown, handlers: StreamHandlers): () => void;
}
