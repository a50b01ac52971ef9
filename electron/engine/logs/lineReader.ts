/**
 * Engine log bytes → lines: multiplexed frames into one splitter per stream (stdout and stderr
 * each carry their own partial line), or a TTY's raw bytes into one.
 */
import type { LogLine } from '../../shared/dto';
import { FrameDemuxer } from './demux';
import { LineSplitter, MAX_LINE_BYTES } from './lineSplitter';

export interface LineReader {
  push(chunk: Buffer): void;
  /** The Engine ended the stream: lines still open are given as they are. */
  end(): void;
}

export function lineReader(tty: boolean, onLine: (line: LogLine) => void, maxLineBytes = MAX_LINE_BYTES): LineReader {
  if (tty) {
    const splitter = new LineSplitter('tty', onLine, maxLineBytes);
    return { push: (chunk) => splitter.bytes(chunk), end: () => splitter.end() };
  }
  const splitters = {
    stdout: new LineSplitter('stdout', onLine, maxLineBytes),
    stderr: new LineSplitter('stderr', onLine, maxLineBytes),
  };
  const demuxer = new FrameDemuxer((stream, payload) => splitters[stream].message(payload));
  return {
    push: (chunk) => demuxer.push(chunk),
    end: () => {
      splitters.stdout.end();
      splitters.stderr.end();
    },
  };
}
