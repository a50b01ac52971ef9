/**
 * The stream registry: one AbortController per open subscription, grouped by client connection.
 * A producer runs until the renderer unsubscribes, the client goes away, or it finishes by itself;
 * in every case the sink hears `end` exactly once and nothing after it.
 */
import type { ApiError } from '../shared/errors';
import { toApiError } from './errorEnvelope';

export interface StreamSink {
  event(data: unknown): void;
  end(error?: ApiError): void;
}

/**
 * How a duplex producer hears its client: it registers one listener, synchronously (before its
 * first await), and gets every message sent after the subscription opened. A plain stream never
 * registers one, and messages for it are dropped.
 */
export interface Inbox {
  listen(listener: (message: unknown) => void): void;
}

type Producer = (emit: (event: unknown) => void, signal: AbortSignal, inbox: Inbox) => void | Promise<void>;

interface OpenStream {
  controller: AbortController;
  sink: StreamSink;
  listener?: (message: unknown) => void;
  finish(error?: ApiError): void;
}

export class SubscriptionRegistry {
  private readonly clients = new Map<string, Map<number, OpenStream>>();

  open(clientId: string, subscriptionId: number, sink: StreamSink, producer: Producer): void {
    // A client reusing an id replaces its old stream rather than leaking it.
    this.close(clientId, subscriptionId);
    let streams = this.clients.get(clientId);
    if (!streams) {
      streams = new Map();
      this.clients.set(clientId, streams);
    }

    const controller = new AbortController();
    const finish = (error?: ApiError) => {
      if (streams.get(subscriptionId) !== stream) return; // already closed or replaced
      this.forget(clientId, subscriptionId);
      controller.abort();
      sink.end(error);
    };
    const stream: OpenStream = { controller, sink, finish };
    streams.set(subscriptionId, stream);

    const emit = (event: unknown) => {
      if (!controller.signal.aborted) sink.event(event);
    };
    const inbox: Inbox = {
      listen: (listener) => {
        stream.listener = listener;
      },
    };

    let result: void | Promise<void>;
    try {
      result = producer(emit, controller.signal, inbox);
    } catch (error) {
      finish(toApiError(error));
      return;
    }
    if (result instanceof Promise) {
      result.then(
        () => finish(),
        (error: unknown) => finish(controller.signal.aborted ? undefined : toApiError(error)),
      );
    }
  }

  /**
   * Hands a client's message to its open subscription. A message for an unknown or closed
   * subscription is dropped: the client may send a keystroke while its stream is ending. A listener
   * that throws (a message that fails validation, a write that fails) ends the stream with that error.
   */
  deliver(clientId: string, subscriptionId: number, message: unknown): void {
    const stream = this.clients.get(clientId)?.get(subscriptionId);
    if (!stream?.listener || stream.controller.signal.aborted) return;
    try {
      stream.listener(message);
    } catch (error) {
      stream.finish(toApiError(error));
    }
  }

  close(clientId: string, subscriptionId: number): void {
    const stream = this.clients.get(clientId)?.get(subscriptionId);
    if (!stream) return;
    this.forget(clientId, subscriptionId);
    stream.controller.abort();
    stream.sink.end();
  }

  closeClient(clientId: string): void {
    const streams = this.clients.get(clientId);
    if (!streams) return;
    for (const id of [...streams.keys()]) this.close(clientId, id);
    this.clients.delete(clientId);
  }

  closeAll(): void {
    for (const clientId of [...this.clients.keys()]) this.closeClient(clientId);
  }

  size(): number {
    let count = 0;
    for (const streams of this.clients.values()) count += streams.size;
    return count;
  }

  private forget(clientId: string, subscriptionId: number): void {
    const streams = this.clients.get(clientId);
    streams?.delete(subscriptionId);
    if (streams?.size === 0) this.clients.delete(clientId);
  }
}
