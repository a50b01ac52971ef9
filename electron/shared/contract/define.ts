/**
 * The two ways to declare a channel, shared by every domain's contract file. A declaration carries
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

/** Channels that take no input. */
export const noInput = z.object({}).strict();
