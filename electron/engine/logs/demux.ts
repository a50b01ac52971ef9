/**
 * The Engine's multiplexed stream (non-TTY attach and logs): frames of an 8-byte header — stream
 * type (1 stdout, 2 stderr), three zero bytes, payload length as uint32 big-endian — then the
 * payload. The network splits frames anywhere, headers included, so the demuxer keeps what it has
 * of an unfinished frame and hands on whole frames only (each one Engine log message).
 */
const HEADER_BYTES = 8;

export type FrameStream = 'stdout' | 'stderr';

export class FrameDemuxer {
  private pending: Buffer = Buffer.alloc(0);

  constructor(private readonly onFrame: (stream: FrameStream, payload: Buffer) => void) {}

  push(chunk: Buffer): void {
    // Usually nothing is pending and the chunk is read in place; the rest of a frame is joined once.
    const data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    let offset = 0;
    while (data.length - offset >= HEADER_BYTES) {
      const length = data.readUInt32BE(offset + 4);
      const end = offset + HEADER_BYTES + length;
      if (end > data.length) break;
      // Stream 0 (stdin) never comes from logs; anything but 2 is shown as stdout rather than lost.
      const stream: FrameStream = data[offset] === 2 ? 'stderr' : 'stdout';
      this.onFrame(stream, data.subarray(offset + HEADER_BYTES, end));
      offset = end;
    }
    // Copied, so a kept tail does not pin the Engine's whole chunk in memory.
    this.pending = offset === data.length ? Buffer.alloc(0) : Buffer.from(data.subarray(offset));
  }

  /** Bytes of an unfinished frame still held (a stream that ended mid-frame was cut). */
  pendingBytes(): number {
    return this.pending.length;
  }
}
