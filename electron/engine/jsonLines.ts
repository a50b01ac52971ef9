/**
 * Splits a stream of newline-delimited JSON (the Engine's events endpoint) into objects. Chunks may
 * end mid-line; the remainder is kept for the next chunk. Bounded: a runaway line without a newline
 * is dropped rather than growing memory forever.
 */
const MAX_PENDING_CHARS = 1_000_000;

export function createJsonLineParser(onObject: (value: unknown) => void): (chunk: Buffer | string) => void {
  let pending = '';
  return (chunk) => {
    pending += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    let newline = pending.indexOf('\n');
    while (newline !== -1) {
      const line = pending.slice(0, newline).trim();
      pending = pending.slice(newline + 1);
      if (line) {
        try {
          onObject(JSON.parse(line));
        } catch {
          // Not JSON: ignore the line, keep the stream.
        }
      }
      newline = pending.indexOf('\n');
    }
    if (pending.length > MAX_PENDING_CHARS) pending = '';
  };
}
