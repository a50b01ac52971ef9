/**
 * The one API contract. Every channel is declared here once: its zod input schema and its result
 * (or stream event) type. The router, both transports and the renderer derive from this object, so a
 * channel name never appears as a bare string anywhere else. The renderer imports this file for
 * types only; at run time it needs nothing from here.
 */
import { z } from 'zod';
import type { ContainerSummary, EngineEvent, EngineStatus, ImageSummary } from './dto';
import type { ApiError, Envelope } from './errors';

/** A container reference: a (short or full) hex ID or a name. No slashes, so it cannot escape the URL path. */
export const containerRef = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/, 'must be a container ID or name');

const noInput = z.object({}).strict();

/** Declares a request/response channel: `invoke(schema).returns<Result>()`. */
function invoke<I extends z.ZodType>(input: I) {
  return {
    returns: <R>() => ({ kind: 'invoke' as const, input, result: undefined as unknown as R }),
  };
}

/** Declares a stream channel: `stream(schema).emits<Event>()`. */
function stream<I extends z.ZodType>(input: I) {
  return {
    emits: <E>() => ({ kind: 'stream' as const, input, event: undefined as unknown as E }),
  };
}

export const contract = {
  'engine.status': invoke(noInput).returns<EngineStatus>(),
  'containers.list': invoke(noInput).returns<ContainerSummary[]>(),
  'containers.start': invoke(z.object({ id: containerRef }).strict()).returns<null>(),
  'containers.stop': invoke(
    z.object({ id: containerRef, timeoutSeconds: z.number().int().min(0).max(600).optional() }).strict(),
  ).returns<null>(),
  'images.list': invoke(noInput).returns<ImageSummary[]>(),
  /** `sinceMs`: also replay what the Engine saw since then (epoch ms), so a list fetched just before misses nothing. */
  'engine.events': stream(z.object({ sinceMs: z.number().int().positive().optional() }).strict()).emits<EngineEvent>(),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;

export type InvokeChannel = {
  [K in ChannelName]: Contract[K]['kind'] extends 'invoke' ? K : never;
}[ChannelName];
export type StreamChannel = {
  [K in ChannelName]: Contract[K]['kind'] extends 'stream' ? K : never;
}[ChannelName];

export type InputOf<K extends ChannelName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends ChannelName> = z.output<Contract[K]['input']>;
export type ResultOf<K extends InvokeChannel> = Contract[K] extends { result: infer R } ? R : never;
export type EventOf<K extends StreamChannel> = Contract[K] extends { event: infer E } ? E : never;

export const channelNames = Object.keys(contract) as ChannelName[];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/**
 * The messages both transports carry. IPC uses them as arguments; the WebSocket as JSON frames.
 */
export type ClientMessage =
  | { t: 'invoke'; id: number; channel: string; input: unknown }
  | { t: 'subscribe'; id: number; channel: string; input: unknown }
  | { t: 'unsubscribe'; id: number };

export type ServerMessage =
  | { t: 'result'; id: number; envelope: Envelope<unknown> }
  | { t: 'event'; id: number; data: unknown }
  | { t: 'end'; id: number; error?: ApiError };
