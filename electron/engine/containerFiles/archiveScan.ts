/**
 * Walks the headers of a tar as it streams in: file bodies are drained as they pass, never kept.
 * Bounded: past `maxBytes` of archive or `maxEntries` entries it stops and says `truncated`; the
 * visitor can also stop it. Either way the input is destroyed at once, which ends the Engine's
 * request (it stops reading the container's files when the socket closes).
 */
import type { Readable } from 'node:stream';
import tar from 'tar-stream';

export interface ScanLimits {
  maxBytes: number;
  maxEntries: number;
}

export interface ScanResult {
  truncated: boolean;
  /** Archive bytes read. */
  bytes: number;
  /** Entries handed to the visitor. */
  entries: number;
}

/** Called per entry header, in archive order; return false to stop (not a truncation). */
export type HeaderVisitor = (header: tar.Header) => boolean;

export function scanArchive(input: Readable, visit: HeaderVisitor, limits: ScanLimits): Promise<ScanResult> {
  const extract = tar.extract();
  return new Promise((resolve, reject) => {
    let settled = false;
    let bytes = 0;
    let entries = 0;
    const settle = (outcome: { error?: Error; truncated?: boolean }) => {
      if (settled) return;
      settled = true;
      input.unpipe(extract);
      input.destroy();
      extract.destroy();
      if (outcome.error) reject(outcome.error);
      else resolve({ truncated: outcome.truncated ?? false, bytes, entries });
    };

    extract.on('entry', (header, stream, next) => {
      stream.on('error', () => undefined); // the extractor reports a broken archive itself
      if (settled) return void stream.resume();
      if (entries >= limits.maxEntries) return settle({ truncated: true });
      entries += 1;
      if (!visit(header)) return settle({});
      stream.on('end', () => next());
      stream.resume();
    });
    extract.on('finish', () => settle({}));
    extract.on('error', (error: Error) =>
      settle({ error: new Error(`the Engine's archive is cut short or malformed (${error.message})`) }),
    );

    input.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > limits.maxBytes) settle({ truncated: true });
    });
    input.on('error', (error: Error) => settle({ error }));
    input.on('close', () => {
      // A socket closed without 'end' is an archive that stopped half-way.
      if (!input.readableEnded) settle({ error: new Error('the Engine stopped sending the archive') });
    });
    input.pipe(extract);
  });
}
