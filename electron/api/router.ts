/**
 * The one router both transports call. It validates every input with the contract's schema,
 * calls the handler, and always answers with an envelope; streams are opened through the
 * subscription registry so that closing a connection ends every producer it started.
 */
import {
  contract,
  isChannelName,
  type EventOf,
  type InvokeChannel,
  type ParsedInputOf,
  type ResultOf,
  type StreamChannel,
} from '../shared/contract';
import type { ApiError, Envelope } from '../shared/errors';
import { toApiError } from './errorEnvelope';
import { SubscriptionRegistry, type StreamSink } from './subscriptions';

export type InvokeHandlers = {
  [K in InvokeChannel]: (input: ParsedInputOf<K>) => Promise<ResultOf<K>>;
};

/**
 * A stream producer: pushes events with `emit` until `signal` aborts. It may return a promise that
 * settles when the producer has nothing more to say (the router then ends the stream).
 */
export type StreamHandlers = {
  [K in StreamChannel]: (
    input: ParsedInputOf<K>,
    emit: (event: EventOf<K>) => void,
    signal: AbortSignal,
  ) => void | Promise<void>;
};

export interface Router {
  invoke(channel: unknown, input: unknown): Promise<Envelope<unknown>>;
  /**
   * Opens a stream for one client connection. `clientId` groups subscriptions so that
   * `closeClient` can end them all when the renderer goes away.
   */
  subscribe(clientId: string, subscriptionId: number, channel: unknown, input: unknown, sink: StreamSink): void;
  unsubscribe(clientId: string, subscriptionId: number): void;
  closeClient(clientId: string): void;
  /** Ends every stream of every client (shutdown). */
  closeAll(): void;
  /** How many streams are open, for tests and diagnostics. */
  openStreams(): number;
}

function badInput(message: string): ApiError {
  return { code: 'BAD_INPUT', message };
}

type Parsed = { error: ApiError } | { channel: InvokeChannel | StreamChannel; value: unknown };

function parseInput(channel: unknown, kind: 'invoke' | 'stream', input: unknown): Parsed {
  if (!isChannelName(channel) || contract[channel].kind !== kind) {
    return { error: badInput(`Unknown ${kind === 'invoke' ? 'request' : 'stream'}: ${String(channel).slice(0, 80)}`) };
  }
  const parsed = contract[channel].input.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { error: badInput(`Invalid input for ${channel} — ${where}${issue?.message ?? 'invalid'}`) };
  }
  return { channel, value: parsed.data };
}

export function createRouter(invokeHandlers: InvokeHandlers, streamHandlers: StreamHandlers): Router {
  const registry = new SubscriptionRegistry();

  return {
    async invoke(channel, input) {
      const parsed = parseInput(channel, 'invoke', input);
      if ('error' in parsed) return { ok: false, error: parsed.error };
      const handler = invokeHandlers[parsed.channel as InvokeChannel] as (input: unknown) => Promise<unknown>;
      try {
        return { ok: true, value: await handler(parsed.value) };
      } catch (error) {
        return { ok: false, error: toApiError(error) };
      }
    },

    subscribe(clientId, subscriptionId, channel, input, sink) {
      const parsed = parseInput(channel, 'stream', input);
      if ('error' in parsed) {
        sink.end(parsed.error);
        return;
      }
      const producer = streamHandlers[parsed.channel as StreamChannel] as (
        input: unknown,
        emit: (event: unknown) => void,
        signal: AbortSignal,
      ) => void | Promise<void>;
      registry.open(clientId, subscriptionId, sink, (emit, signal) => producer(parsed.value, emit, signal));
    },

    unsubscribe(clientId, subscriptionId) {
      registry.close(clientId, subscriptionId);
    },

    closeClient(clientId) {
      registry.closeClient(clientId);
    },

    closeAll() {
      registry.closeAll();
    },

    openStreams() {
      return registry.size();
    },
  };
}
