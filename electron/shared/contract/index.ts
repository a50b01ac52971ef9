/**
 * The one API contract. Every channel is declared once, in its domain's file beside this one: its zod input schema and its result
 * (or stream event) type. The router, both transports and the renderer derive from this object, so a
 * channel name never appears as a bare string anywhere else. The renderer imports this file for
 * types only; at run time it needs nothing from here.
 */
import type { z } from 'zod';
import type { ApiError, Envelope } from '../errors';
import { containersContract } from './containers';
import { engineContract } from './engine';
import { imagesContract } from './images';
import { layersContract } from './layers';
import { logsContract } from './logs';
import { statsContract } from './stats';
import { terminalContract } from './terminal';

export { containerName, containerPath, containerRef, signalName } from './containers';
export { logTail, logTime } from './logs';
export { execUser, TERMINAL_INPUT_MAX } from './terminal';
export { imageDigest, imageId, imageRef, imageReference, imageTag, repositoryName, taggedReference } from './images';

/** Every domain's channels, merged into the one contract. A name may be declared by one domain only. */
export const contract = {
  ...engineContract,
  ...containersContract,
  ...imagesContract,
  ...layersContract,
  ...logsContract,
  ...statsContract,
  ...terminalContract,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;

export type InvokeChannel = {
  [K in ChannelName]: Contract[K]['kind'] extends 'invoke' ? K : never;
}[ChannelName];
export type StreamChannel = {
  [K in ChannelName]: Contract[K]['kind'] extends 'stream' ? K : never;
}[ChannelName];

/** Streams whose client also sends messages back on the same subscription (see define.ts's duplex). */
export type DuplexChannel = {
  [K in ChannelName]: Contract[K]['kind'] extends 'duplex' ? K : never;
}[ChannelName];

export type InputOf<K extends ChannelName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends ChannelName> = z.output<Contract[K]['input']>;
export type ResultOf<K extends InvokeChannel> = Contract[K] extends { result: infer R } ? R : never;
export type EventOf<K extends StreamChannel | DuplexChannel> = Contract[K] extends { event: infer E } ? E : never;
/** What the client of a duplex channel may send (before parsing, as the renderer writes it). */
export type MessageOf<K extends DuplexChannel> = Contract[K] extends { message: infer M extends z.ZodType }
  ? z.input<M>
  : never;
export type ParsedMessageOf<K extends DuplexChannel> = Contract[K] extends { message: infer M extends z.ZodType }
  ? z.output<M>
  : never;

export const channelNames = Object.keys(contract) as ChannelName[];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/**
 * The messages both transports carry. IPC uses them as arguments; the WebSocket as JSON frames.
 * A duplex channel is opened with 'subscribe' like any stream; 'send' then carries its messages.
 */
export type ClientMessage =
  | { t: 'invoke'; id: number; channel: string; input: unknown }
  | { t: 'subscribe'; id: number; channel: string; input: unknown }
  | { t: 'unsubscribe'; id: number }
  /** A message for an open duplex subscription (terminal input, resize). */
  | { t: 'send'; id: number; message: unknown };

export type ServerMessage =
  | { t: 'result'; id: number; envelope: Envelope<unknown> }
  | { t: 'event'; id: number; data: unknown }
  | { t: 'end'; id: number; error?: ApiError };
