/**
 * The one router both transports call. It validates every input with the contract's schema,
 * calls the handler, and always answers with an envelope; streams are opened through the
 * subscription registry so that closing a connection ends every producer it started.
 */
import type { z } from 'zod';
import {
  contract,
  isChannelName,
  type DuplexChannel,
  type EventOf,
  type InvokeChannel,
  type ParsedInputOf,
  type ParsedMessageOf,
  type ResultOf,
  type StreamChannel,
} from '../shared/contract';
import { GantryError, type ApiError, type Envelope } from '../shared/errors';
import { toApiError } from './errorEnvelope';
import { SubscriptionRegistry, type Inbox, type StreamSink } from './subscriptions';

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

/**
 * A duplex producer: a stream producer that also hears its client. It calls `onMessage` once,
 * before its first await; each message it then gets has passed the channel's message schema.
 */
export type DuplexHandlers = {
  [K in DuplexChannel]: (
    input: ParsedInputOf<K>,
    emit: (event: EventOf<K>) => void,
    signal: AbortSignal,
    onMessage: (listener: (message: ParsedMessageOf<K>) => void) => void,
  ) => void | Promise<void>;
};

type AnyProducer = (
  input: unknown,
  emit: (event: unknown) => void,
  signal: AbortSignal,
  onMessage: (listener: (message: unknown) => void) => void,
) => void | Promise<void>;

export interface Router {
  invoke(channel: unknown, input: unknown): Promise<Envelope<unknown>>;
  /**
   * Opens a stream for one client connection. `clientId` groups subscriptions so that
   * `closeClient` can end them all when the renderer goes away.
   */
  subscribe(clientId: string, subscriptionId: number, channel: unknown, input: unknown, sink: StreamSink): void;
  /**
   * A client's message for its open duplex subscription. Unknown or closed subscriptions drop it;
   * a message that fails the channel's schema ends that subscription with BAD_INPUT.
   */
  send(clientId: string, subscriptionId: number, message: unknown): void;
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

type Parsed = { error: ApiError } | { channel: InvokeChannel | StreamChannel | DuplexChannel; value: unknown };

/** "Invalid input for logs.follow — tail: too big": the first issue, where it is. */
function describeIssues(what: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${what} — ${where}${issue?.message ?? 'invalid'}`;
}

/** A stream subscription may open a plain stream or a duplex one; an invoke only a request. */
function parseInput(channel: unknown, kind: 'invoke' | 'stream', input: unknown): Parsed {
  const declared = isChannelName(channel) ? contract[channel].kind : undefined;
  const fits = kind === 'invoke' ? declared === 'invoke' : declared === 'stream' || declared === 'duplex';
  if (!isChannelName(channel) || !fits) {
    return { error: badInput(`Unknown ${kind === 'invoke' ? 'request' : 'stream'}: ${String(channel).slice(0, 80)}`) };
  }
  const parsed = contract[channel].input.safeParse(input ?? {});
  if (!parsed.success) return { error: badInput(describeIssues(`Invalid input for ${channel}`, parsed.error)) };
  return { channel, value: parsed.data };
}

/** The inbox a duplex handler sees: only messages that pass the channel's schema reach it. */
function validatedInbox(channel: DuplexChannel, inbox: Inbox) {
  const schema = contract[channel].message;
  return (listener: (message: unknown) => void) =>
    inbox.listen((raw) => {
      const parsed = schema.safeParse(raw);
      if (!parsed.success)
        throw new GantryError('BAD_INPUT', describeIssues(`Invalid message for ${channel}`, parsed.error));
      listener(parsed.data);
    });
}

export function createRouter(
  invokeHandlers: InvokeHandlers,
  streamHandlers: StreamHandlers,
  duplexHandlers: DuplexHandlers = {} as DuplexHandlers,
): Router {
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
      const name = parsed.channel as StreamChannel | DuplexChannel;
      if (contract[name].kind === 'duplex') {
        const producer = duplexHandlers[name as DuplexChannel] as AnyProducer | undefined;
        if (!producer) return sink.end(badInput(`Unknown stream: ${name}`));
        registry.open(clientId, subscriptionId, sink, (emit, signal, inbox) =>
          producer(parsed.value, emit, signal, validatedInbox(name as DuplexChannel, inbox)),
        );
        return;
      }
      const producer = streamHandlers[name as StreamChannel] as AnyProducer;
      registry.open(clientId, subscriptionId, sink, (emit, signal) => producer(parsed.value, emit, signal, () => {}));
    },

    send(clientId, subscriptionId, message) {
      registry.deliver(clientId, subscriptionId, message);
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
