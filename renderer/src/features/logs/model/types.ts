/**
 * The renderer's log model (issue 9): what one line becomes once it reaches the window. The
 * modules beside this file are pure (no React), so the viewer, the merged view and the bench share them.
 */
import type { LogStreamName } from '../../../../../electron/shared/dto';

export type LogLevel = 'error' | 'warn' | 'info' | 'debug' | 'trace';

/** A run of text with one style, from the line's ANSI SGR codes. Colours are palette names, never raw CSS from the log. */
export interface StyledSpan {
  text: string;
  /** 0–15: the 16 ANSI colours; 16–255: the 256-colour cube; or '#rrggbb' from 24-bit codes (validated). */
  fg?: number | string;
  bg?: number | string;
  bold?: boolean;
  dim?: boolean;
  italic?: boolean;
  underline?: boolean;
  inverse?: boolean;
  strike?: boolean;
}

/** A JSON or logfmt line, read: its level, its message (shown first), and the other fields (expandable). */
export interface StructuredLine {
  format: 'json' | 'logfmt';
  level: LogLevel | null;
  message: string | null;
  /** In the line's order, values as text (nested JSON values compact-stringified). */
  fields: Array<[key: string, value: string]>;
}

/** One line as the viewer keeps it. `seq` is unique and increasing for the life of the buffer (a stable React key). */
export interface LogEntry {
  seq: number;
  /** Index of the container in the view's source list (0 for a single container's logs). */
  source: number;
  stream: LogStreamName;
  /** The Engine's RFC 3339 timestamp, as received. */
  ts: string;
  /** The same time in epoch milliseconds (for merging and the local-time display). */
  tsMs: number;
  /** As received: ANSI codes kept. */
  text: string;
  /** Without ANSI codes and other control characters: what search, filters and Copy use. */
  plain: string;
  /** ANSI present: the styled spans; absent when the line is plain (most lines). */
  spans?: StyledSpan[];
  level: LogLevel | null;
  structured: StructuredLine | null;
  /** This line continues the one before it (a stack trace's frame): drawn with it, searched on its own. */
  continuation: boolean;
  /** Bytes left out by the backend's per-line cap. */
  cutBytes?: number;
}

/** What a search asks. */
export interface SearchQuery {
  text: string;
  regex: boolean;
  caseSensitive: boolean;
}

/** A match inside one entry's `plain` text: [start, end) in UTF-16 units. */
export type MatchRange = readonly [start: number, end: number];
