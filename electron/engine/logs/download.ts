/**
 * A log download: the Engine's log (no follow, the chosen range) as plain text lines, stdout and
 * stderr interleaved as the Engine sends them, streamed — a Transform between the Engine response
 * and the HTTP answer, so backpressure reaches the Engine and nothing is held whole.
 */
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import type { EngineConnection } from '../connection';
import type { LogLine } from '../../shared/dto';
import { lineReader } from './lineReader';
import { openLogStream, type LogTarget } from './logRequest';

export interface DownloadRange {
  since?: string | number;
  until?: string | number;
  timestamps?: boolean;
}

export function logFileName(target: LogTarget, now = new Date()): string {
  // Colons are not allowed in file names everywhere: 2026-12-02T00-53-12Z.
  const time = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
  return `${target.name}-${time}.log`;
}

export function formatLine(line: LogLine, timestamps: boolean): string {
  const cut = line.cutBytes ? ` [${line.cutBytes} more bytes of this line left out]` : '';
  return `${timestamps && line.ts ? `${line.ts} ` : ''}${line.text}${cut}\n`;
}

export async function openLogText(
  engine: EngineConnection,
  target: LogTarget,
  range: DownloadRange,
): Promise<Readable> {
  const response = await openLogStream(engine, target, {
    follow: false,
    tail: 'all',
    since: range.since,
    until: range.until,
  });
  let out = '';
  const reader = lineReader(target.tty, (line) => (out += formatLine(line, range.timestamps === true)));
  const take = () => {
    const text = out;
    out = '';
    return text;
  };
  const text = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      reader.push(chunk);
      done(null, take() || undefined);
    },
    flush(done) {
      reader.end();
      done(null, take() || undefined);
    },
  });
  // A reader that goes away (a cancelled save) destroys the Engine response with it.
  pipeline(response, text, () => undefined);
  return text;
}
