/** WIP stub (issue 9): JSON and logfmt lines, and the level of any line. */
import type { LogLevel, StructuredLine } from './types';

/** A JSON object line or a logfmt line (key=value pairs), read; null for anything else. */
export function parseStructured(plain: string): StructuredLine | null {
  void plain;
  return null;
}

/** The level a plain-text line names ("ERROR", "[warn]", "level=info"…), or null. */
export function detectLevel(plain: string): LogLevel | null {
  const m = /\b(error|warn|info|debug|trace)\b/i.exec(plain);
  return m ? (m[1]!.toLowerCase() as LogLevel) : null;
}
