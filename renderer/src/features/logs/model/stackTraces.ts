/** WIP stub (issue 9): whether a line continues the one before it (a stack trace's frame). */
import type { LogEntry } from './types';

export function continuesPrevious(previous: LogEntry | undefined, plain: string): boolean {
  return previous !== undefined && /^\s+at /.test(plain);
}
