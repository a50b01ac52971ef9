/**
 * The three ways to declare a channel, shared by every domain's contract file. A declaration carries
 * its zod input schema at run time and its result (or event) type at compile time only.
 */
import { z } from 'zod';

/** Declares a request/response channel: `invoke(schema).returns<Result>()`. */
export function invoke<I extends z.ZodType>(input: I) {
  return {
    returns: <R>() => ({ kind: 'invoke' as const, input, result: undefined as unknown as R }),
  };
}

/** Declares a stream channel: `stream(schema).emits<Event>()`. */
export function stream<I extends z.ZodType>(input: I) {
  return {
    emits: <E>() => ({ kind: 'stream' as const, input, event: undefined as unknown as E }),
  };
}

/**
 * Declares a duplex channel: `duplex(schema).sends(messageSchema).emits<Event>()`. It is a stream
 * whose client may also send messages back on the same subscription (a terminal's keystrokes and
 * resizes); every message is validated with `messageSchema` before its handler sees it.
 */
export function duplex<I extends z.ZodType>(input: I) {
  return {
    sends: <M extends z.ZodType>(message: M) => ({
      emits: <E>() => ({ kind: 'duplex' as const, input, message, event: undefined as unknown as E }),
    }),
  };
}

/** Channels that take no input. */
export const noInput = z.object({}).strict();
