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

type Producer = (emit: (event: unknown) => void, signal: AbortSignal) => void | Promise<void>;

interface OpenStream {
  controller: AbortController;
  sink: StreamSink;
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
    const stream: OpenStream = { controller, sink };
    streams.set(subscriptionId, stream);

    const emit = (event: unknown) => {
      if (!controller.signal.aborted) sink.event(event);
    };
    const finish = (error?: ApiError) => {
      if (streams.get(subscriptionId) !== stream) return; // already closed or replaced
      this.forget(clientId, subscriptionId);
      controller.abort();
      sink.end(error);
    };

    let result: void | Promise<void>;
    try {
      result = producer(emit, controller.signal);
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
