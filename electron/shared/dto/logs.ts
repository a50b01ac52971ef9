/** Container log shapes (issue 9). Read from the Engine in electron/engine/logs/. */

/** Where a line came from: the container's stdout or stderr, or its TTY (one stream, as written). */
export type LogStreamName = 'stdout' | 'stderr' | 'tty';

export interface LogLine {
  stream: LogStreamName;
  /** The Engine's timestamp of the line (RFC 3339 with nanoseconds, UTC), always asked for. */
  ts: string;
  /** The line without its newline, decoded as UTF-8 (invalid bytes → U+FFFD), control codes kept for the renderer to parse. */
  text: string;
  /** Bytes of the line beyond the per-line cap that were left out (a runaway line); absent when whole. */
  cutBytes?: number;
}

/** What a logs stream says, in order: batches of lines, then (without follow, or when the container stops) the end. */
export type LogStreamEvent =
  | { kind: 'lines'; lines: LogLine[] }
  /** The stream is over: `reason` in words for people ("The container stopped."). */
  | { kind: 'end'; reason: 'complete' | 'stopped' | 'removed'; message: string };

/** A prepared download, fetched from the same origin as the page (`url` is relative to it). */
export interface LogDownload {
  /** "downloads/<one-time ticket>": streamed from the Engine when fetched, valid once, for a minute. */
  url: string;
  /** "<container name>-<UTC time>.log". */
  fileName: string;
  /** Epoch ms after which the ticket no longer works. */
  expiresAt: number;
}
