/**
 * The Engine's multiplexed log stream, demultiplexed from real frames (built here as the Engine
 * writes them) split at every byte boundary, and TTY output passed through as it is.
 */
import { describe, expect, it } from 'vitest';
import { FrameDemuxer, type FrameStream } from '../../electron/engine/logs/demux';
import { lineReader } from '../../electron/engine/logs/lineReader';
import type { LogLine } from '../../electron/shared/dto';

/** One Engine frame: [1 stdout | 2 stderr, 0, 0, 0, uint32 BE length] + payload. */
function frame(stream: FrameStream, payload: Buffer | string): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
  const header = Buffer.alloc(8);
  header[0] = stream === 'stdout' ? 1 : 2;
  header.writeUInt32BE(body.length, 4);
  return Buffer.concat([header, body]);
}

const recorded: [FrameStream, Buffer][] = [
  ['stdout', Buffer.from('2026-12-02T00:00:00.000000001Z hello\n')],
  ['stderr', Buffer.from('2026-12-02T00:00:00.000000002Z oops: ünïcode ✓\n')],
  ['stdout', Buffer.alloc(0)],
  ['stdout', Buffer.from([0x00, 0xff, 0x01, 0x02, 0x0a])],
  ['stderr', Buffer.alloc(300, 0x61)], // length needs more than one header byte
];
const wire = Buffer.concat(recorded.map(([stream, payload]) => frame(stream, payload)));

function demux(chunks: Buffer[]): [FrameStream, Buffer][] {
  const out: [FrameStream, Buffer][] = [];
  const demuxer = new FrameDemuxer((stream, payload) => out.push([stream, Buffer.from(payload)]));
  for (const chunk of chunks) demuxer.push(chunk);
  expect(demuxer.pendingBytes()).toBe(0);
  return out;
}

describe('FrameDemuxer', () => {
  it('gives the frames back whole when the stream is one chunk', () => {
    expect(demux([wire])).toEqual(recorded);
  });

  it('gives the same frames whatever byte the stream is split at', () => {
    for (let cut = 0; cut <= wire.length; cut++) {
      expect(demux([wire.subarray(0, cut), wire.subarray(cut)]), `split at byte ${cut}`).toEqual(recorded);
    }
  });

  it('gives the same frames when every byte comes alone, and at every pair of split points', () => {
    expect(demux([...wire].map((byte) => Buffer.from([byte])))).toEqual(recorded);
    for (let a = 0; a <= 90; a += 3) {
      for (let b = a; b <= 90; b += 5) {
        const out = demux([wire.subarray(0, a), wire.subarray(a, b), wire.subarray(b)]);
        expect(out, `split at ${a} and ${b}`).toEqual(recorded);
      }
    }
  });

  it('reads all four length bytes: a frame longer than 64 KiB, split inside its header and its payload', () => {
    const big: [FrameStream, Buffer][] = [
      ['stdout', Buffer.alloc(70_000, 0x62)],
      ['stderr', Buffer.from('after\n')],
    ];
    const bytes = Buffer.concat(big.map(([stream, payload]) => frame(stream, payload)));
    for (const cut of [1, 4, 5, 6, 7, 8, 9, 65_536, 70_007, 70_008, 70_009, 70_015, bytes.length - 1]) {
      const out = demux([bytes.subarray(0, cut), bytes.subarray(cut)]);
      // Compared as strings: a deep compare of 70,000 bytes one by one is slow.
      expect(
        out.map(([stream, payload]) => [stream, payload.toString('latin1')]),
        `split at byte ${cut}`,
      ).toEqual(big.map(([stream, payload]) => [stream, payload.toString('latin1')]));
    }
  });

  it('holds an unfinished frame until the rest comes', () => {
    const out: FrameStream[] = [];
    const demuxer = new FrameDemuxer((stream) => out.push(stream));
    demuxer.push(wire.subarray(0, 12));
    expect(out).toEqual([]);
    expect(demuxer.pendingBytes()).toBe(12);
  });
});

describe('lineReader', () => {
  const read = (tty: boolean, chunks: Buffer[]): LogLine[] => {
    const lines: LogLine[] = [];
    const reader = lineReader(tty, (line) => lines.push(line));
    for (const chunk of chunks) reader.push(chunk);
    reader.end();
    return lines;
  };

  it('keeps stdout and stderr apart, each line with its own timestamp', () => {
    expect(read(false, [wire]).slice(0, 2)).toEqual([
      { stream: 'stdout', ts: '2026-12-02T00:00:00.000000001Z', text: 'hello' },
      { stream: 'stderr', ts: '2026-12-02T00:00:00.000000002Z', text: 'oops: ünïcode ✓' },
    ]);
  });

  it('passes a TTY stream through as it is: no frame headers are looked for', () => {
    const raw = Buffer.from('2026-12-02T00:00:01Z \x1b[31mred\x1b[0m\r\n2026-12-02T00:00:02Z \x01\x02\x00\x00\n');
    for (let cut = 0; cut <= raw.length; cut++) {
      expect(read(true, [raw.subarray(0, cut), raw.subarray(cut)]), `split at ${cut}`).toEqual([
        { stream: 'tty', ts: '2026-12-02T00:00:01Z', text: '\x1b[31mred\x1b[0m\r' },
        { stream: 'tty', ts: '2026-12-02T00:00:02Z', text: '\x01\x02\x00\x00' },
      ]);
    }
  });
});
