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

/** An open duplex stream, as the bridge hands it back: send messages on it, or close it. */
export interface DuplexHandle {
  /** Dropped once the stream has ended or been closed. */
  send(message: unknown): void;
  /** Closing is the caller's own act, so onEnd is not called; repeat calls are no-ops. */
  close(): void;
}

export interface GantryBridge {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
  /** Opens a stream; returns the function that closes it. */
  subscribe(channel: string, input: unknown, handlers: StreamHandlers): () => void;
  /** Opens a duplex stream (a terminal): like subscribe, and its client may send messages back. */
  duplex(channel: string, input: unknown, handlers: StreamHandlers): DuplexHandle;
}
