/** What LogSearch and its worker say to each other (search.ts ⇄ search.worker.ts). */
import type { MatchChunk } from './searchCore';

export type ToSearchWorker =
  /** New lines at the end of the buffer. `request` is set when a query is active and an answer is expected. */
  | { t: 'append'; seqs: number[]; texts: string[]; request?: number }
  /** Lines before this seq left the buffer. */
  | { t: 'evict'; before: number }
  /** The buffer's whole content, replacing what the worker holds. */
  | { t: 'reset'; seqs: number[]; texts: string[] }
  /** Search everything held for this pattern, and new lines as they come; `source: null` stops. */
  | { t: 'query'; request: number; source: string | null; flags: string };

export type FromSearchWorker =
  /** The answer to one request: `full` for a query over everything, otherwise the new lines' matches. */
  { t: 'matches'; request: number; full: boolean; chunk: MatchChunk };
