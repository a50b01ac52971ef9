/**
 * Lines from Engine messages: partial lines across frames and chunks, the json-file driver's
 * 16 KiB partial messages joined under the first timestamp, UTF-8 never split, invalid bytes as
 * U+FFFD, and the per-line cap.
 */
import { describe, expect, it } from 'vitest';
import { LineSplitter, PARTIAL_MESSAGE_BYTES } from '../../electron/engine/logs/lineSplitter';
import type { LogLine, LogStreamName } from '../../electron/shared/dto';

const T1 = '2026-12-02T00:00:01.000000001Z';
const T2 = '2026-12-02T00:00:02.000000002Z';
const T3 = '2026-12-02T00:00:03.000000003+01:00';

function splitter(stream: LogStreamName = 'stdout', maxLineBytes?: number) {
  const lines: LogLine[] = [];
  return { lines, split: new LineSplitter(stream, (line) => lines.push(line), maxLineBytes) };
}

const msg = (ts: string, content: Buffer | string) =>
  Buffer.concat([Buffer.from(`${ts} `), typeof content === 'string' ? Buffer.from(content) : content]);

describe('framed messages (non-TTY)', () => {
  it('gives one line per message, the timestamp apart from the text', () => {
    const { lines, split } = splitter('stderr');
    split.message(msg(T1, 'first\n'));
    split.message(msg(T3, '\n'));
    expect(lines).toEqual([
      { stream: 'stderr', ts: T1, text: 'first' },
      { stream: 'stderr', ts: T3, text: '' },
    ]);
  });

  it('joins 16 KiB partial messages into one line with the first timestamp', () => {
    const { lines, split } = splitter();
    const a = 'a'.repeat(PARTIAL_MESSAGE_BYTES);
    const b = 'b'.repeat(PARTIAL_MESSAGE_BYTES);
    split.message(msg(T1, a));
    split.message(msg(T2, b));
    expect(lines).toEqual([]);
    split.message(msg(T3, 'end\n'));
    split.message(msg(T3, 'next\n'));
    expect(lines).toEqual([
      { stream: 'stdout', ts: T1, text: a + b + 'end' },
      { stream: 'stdout', ts: T3, text: 'next' },
    ]);
  });

  it('keeps a multi-byte character whole when a partial message ends inside it', () => {
    const { lines, split } = splitter();
    const euro = Buffer.from('€'); // 3 bytes
    split.message(msg(T1, Buffer.concat([Buffer.from('price '), euro.subarray(0, 1)])));
    split.message(msg(T2, Buffer.concat([euro.subarray(1), Buffer.from('5\n')])));
    expect(lines).toEqual([{ stream: 'stdout', ts: T1, text: 'price €5' }]);
  });

  it('turns invalid UTF-8 into U+FFFD and keeps the rest of the line', () => {
    const { lines, split } = splitter();
    split.message(msg(T1, Buffer.from([0x61, 0xff, 0x62, 0xc3, 0x28, 0x0a])));
    expect(lines[0]!.text).toBe('a\ufffdb\ufffd(');
  });

  it('gives a line still open at the end of the stream as it is', () => {
    const { lines, split } = splitter();
    split.message(msg(T1, 'no newline'));
    split.end();
    expect(lines).toEqual([{ stream: 'stdout', ts: T1, text: 'no newline' }]);
  });

  it('caps a runaway line and counts the bytes left out', () => {
    const { lines, split } = splitter('stdout', 10);
    split.message(msg(T1, '0123456'));
    split.message(msg(T2, '789abcdef'));
    split.message(msg(T3, 'gh\n'));
    split.message(msg(T3, 'short\n'));
    expect(lines).toEqual([
      { stream: 'stdout', ts: T1, text: '0123456789', cutBytes: 8 },
      { stream: 'stdout', ts: T3, text: 'short' },
    ]);
  });

  it('drops a character cut in half by the cap instead of showing U+FFFD', () => {
    const { lines, split } = splitter('stdout', 4);
    split.message(msg(T1, 'abc€\n'));
    expect(lines).toEqual([{ stream: 'stdout', ts: T1, text: 'abc', cutBytes: 2 }]);
  });
});

describe('raw bytes (TTY)', () => {
  const feedAll = (chunks: Buffer[], maxLineBytes?: number) => {
    const { lines, split } = splitter('tty', maxLineBytes);
    for (const chunk of chunks) split.bytes(chunk);
    split.end();
    return lines;
  };
  const splits = (data: Buffer) =>
    Array.from({ length: data.length + 1 }, (_, cut) => [data.subarray(0, cut), data.subarray(cut)]);

  it('splits lines and timestamps wherever the chunks break, multi-byte characters included', () => {
    const data = Buffer.concat([msg(T1, 'größe ✓ 😀\n'), msg(T2, 'two\n'), msg(T3, 'open')]);
    for (const chunks of splits(data)) {
      expect(feedAll(chunks)).toEqual([
        { stream: 'tty', ts: T1, text: 'größe ✓ 😀' },
        { stream: 'tty', ts: T2, text: 'two' },
        { stream: 'tty', ts: T3, text: 'open' },
      ]);
    }
  });

  it('joins a 16 KiB partial message with its stamped continuation, wherever the chunks break', () => {
    const long = 'x'.repeat(PARTIAL_MESSAGE_BYTES);
    const data = Buffer.concat([msg(T1, long), msg(T2, 'tail\n'), msg(T3, 'y\n')]);
    for (const cut of [0, 5, 31, PARTIAL_MESSAGE_BYTES + 31, PARTIAL_MESSAGE_BYTES + 40, PARTIAL_MESSAGE_BYTES + 60]) {
      expect(feedAll([data.subarray(0, cut), data.subarray(cut)]), `split at ${cut}`).toEqual([
        { stream: 'tty', ts: T1, text: long + 'tail' },
        { stream: 'tty', ts: T3, text: 'y' },
      ]);
    }
  });

  it('ends a line of exactly 16 KiB at its newline, and keeps unstamped text as text', () => {
    const exact = 'z'.repeat(PARTIAL_MESSAGE_BYTES);
    expect(feedAll([msg(T1, `${exact}\n`), Buffer.from('plain words\n')])).toEqual([
      { stream: 'tty', ts: T1, text: exact },
      { stream: 'tty', ts: '', text: 'plain words' },
    ]);
  });

  it('caps a runaway TTY line too', () => {
    expect(feedAll([msg(T1, 'abcdefgh\n')], 3)).toEqual([{ stream: 'tty', ts: T1, text: 'abc', cutBytes: 5 }]);
  });
});
