/** Container log channels: follow (a stream of batched lines) and download (a one-time URL). */
import { z } from 'zod';
import type { LogDownload, LogStreamEvent } from '../dto';
import { containerRef } from './containers';
import { invoke, stream } from './define';

/**
 * A point in time as `docker logs --since/--until` takes it: a duration back from now ("15m",
 * "1h30m", "90s", "250ms"), an RFC 3339 time ("2026-12-01T10:00:00Z", "…+01:00", fractions
 * allowed), or Unix seconds.
 */
export const logTime = z.union(
  [
    z.string().regex(/^(?:\d{1,6}(?:\.\d{1,9})?(?:ms|s|m|h)){1,4}$/, 'must be a duration like 15m or 1h30m'),
    z
      .string()
      .regex(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/,
        'must be an RFC 3339 time like 2026-12-01T10:00:00Z',
      ),
    z.number().int().min(0).max(4_102_444_800),
  ],
  { error: 'must be a duration (15m), an RFC 3339 time or Unix seconds' },
);

/** How many lines from the end: a number, or every line the Engine keeps. */
export const logTail = z.union([z.number().int().min(0).max(1_000_000), z.literal('all')]);

const logRange = {
  id: containerRef,
  since: logTime.optional(),
  until: logTime.optional(),
};

export const logsContract = {
  /**
   * The last `tail` lines (default 1,000) in the range, then (with `follow`, the default) new lines
   * as they come, in batches. Close to stop: the Engine connection closes with it.
   */
  'logs.follow': stream(
    z.object({ ...logRange, tail: logTail.optional(), follow: z.boolean().optional() }).strict(),
  ).emits<LogStreamEvent>(),
  /** The whole log (or the range), streamed from the Engine to a file when the returned URL is fetched. */
  'logs.download': invoke(
    z.object({ ...logRange, timestamps: z.boolean().optional() }).strict(),
  ).returns<LogDownload>(),
} as const;
