/**
 * Log lines from the Engine's bytes, for one stream (stdout, stderr or a TTY). Asked with
 * `timestamps=1`, every Engine message starts with "<RFC 3339 nano> "; the json-file and local
 * drivers store a line longer than 16 KiB as several partial messages, each with its own timestamp
 * and no newline but the last: they are joined into one line carrying the first timestamp.
 * Text is decoded with one StringDecoder per line, so a character split across frames or chunks
 * comes out whole and invalid bytes become U+FFFD; a runaway line is kept to `maxLineBytes` and the
 * bytes beyond are counted, not held.
 */
import { StringDecoder } from 'node:string_decoder';
import type { LogLine, LogStreamName } from '../../shared/dto';

/** The per-line cap: enough for any real line, small enough that one cannot exhaust memory. */
export const MAX_LINE_BYTES = 1024 * 1024;
/** The json-file / local drivers' partial message size (the log copier's buffer). */
export const PARTIAL_MESSAGE_BYTES = 16 * 1024;
/** "2026-12-02T00:53:12.123456789+01:00" is 35 bytes; anything longer before a space is not one. */
const MAX_TIMESTAMP_BYTES = 40;
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/;
const TIMESTAMP_CHARS = /^[0-9TZ:.+-]*$/;
const SPACE = 0x20;
const NEWLINE = 0x0a;

export class LineSplitter {
  private decoder = new StringDecoder('utf8');
  /** A line has begun (its timestamp is known) and not yet ended. */
  private open = false;
  private ts = '';
  private text = '';
  private lineBytes = 0;
  private cutBytes = 0;
  // Raw (TTY) streams have no frames: where a message starts is found by counting.
  private expectTimestamp = true;
  private timestampHead: Buffer | null = null;
  private messageBytes = 0;

  constructor(
    private readonly stream: LogStreamName,
    private readonly onLine: (line: LogLine) => void,
    private readonly maxLineBytes = MAX_LINE_BYTES,
  ) {}

  /** One whole Engine message, a frame's payload: "<ts> <content>", ending in \n unless partial. */
  message(payload: Buffer): void {
    let pos = 0;
    const space = payload.indexOf(SPACE);
    const stamped = space > 0 && space <= MAX_TIMESTAMP_BYTES && TIMESTAMP.test(payload.toString('latin1', 0, space));
    if (stamped) pos = space + 1;
    // A partial message's continuation keeps the first part's timestamp.
    if (!this.open) this.begin(stamped ? payload.toString('latin1', 0, space) : '');
    while (pos < payload.length) {
      const newline = payload.indexOf(NEWLINE, pos);
      if (newline < 0) {
        this.append(payload, pos, payload.length);
        return;
      }
      this.append(payload, pos, newline);
      this.finish();
      pos = newline + 1;
      if (pos < payload.length) this.begin(this.ts); // more lines in one message: same time
    }
  }

  /** Raw bytes of a TTY stream, split anywhere: messages are "<ts> <content>" back to back. */
  bytes(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length) {
      if (this.expectTimestamp) {
        pos = this.readTimestamp(chunk, pos);
        continue;
      }
      const limit = Math.min(chunk.length, pos + PARTIAL_MESSAGE_BYTES - this.messageBytes);
      const newline = chunk.indexOf(NEWLINE, pos);
      if (newline >= 0 && newline < limit) {
        this.append(chunk, pos, newline);
        this.finish();
        pos = newline + 1;
        this.expectTimestamp = true;
        this.messageBytes = 0;
        continue;
      }
      this.append(chunk, pos, limit);
      this.messageBytes += limit - pos;
      pos = limit;
      // A full partial message: unless a newline comes next, a stamped continuation follows.
      if (this.messageBytes >= PARTIAL_MESSAGE_BYTES) {
        this.expectTimestamp = true;
        this.messageBytes = 0;
      }
    }
  }

  /** The stream is over: a line still open (no final newline) is given as it is. */
  end(): void {
    const head = this.timestampHead;
    this.timestampHead = null;
    if (head) {
      // The stream ended inside what looked like a timestamp: it was text.
      if (!this.open) this.begin('');
      this.append(head, 0, head.length);
    }
    if (this.open) this.finish();
  }

  /** Reads a timestamp at `pos` (perhaps split across chunks); returns where content starts. */
  private readTimestamp(chunk: Buffer, pos: number): number {
    const head = this.timestampHead;
    const headBytes = head?.length ?? 0;
    const searchEnd = Math.min(chunk.length, pos + MAX_TIMESTAMP_BYTES + 1 - headBytes);
    const space = chunk.indexOf(SPACE, pos);
    if (space >= 0 && space < searchEnd) {
      const candidate = (head?.toString('latin1') ?? '') + chunk.toString('latin1', pos, space);
      if (TIMESTAMP.test(candidate)) {
        this.timestampHead = null;
        this.expectTimestamp = false;
        if (!this.open) this.begin(candidate);
        return space + 1;
      }
    } else if (searchEnd === chunk.length && TIMESTAMP_CHARS.test(chunk.toString('latin1', pos))) {
      // Could still be a timestamp: wait for the next chunk.
      this.timestampHead = head ? Buffer.concat([head, chunk.subarray(pos)]) : Buffer.from(chunk.subarray(pos));
      return chunk.length;
    }
    // Not a timestamp: what was taken for one is the line's text.
    this.timestampHead = null;
    this.expectTimestamp = false;
    if (!this.open) this.begin('');
    if (head) this.append(head, 0, head.length);
    return pos;
  }

  private begin(ts: string): void {
    this.open = true;
    this.ts = ts;
  }

  private append(buffer: Buffer, start: number, end: number): void {
    const length = end - start;
    if (length <= 0) return;
    const room = this.maxLineBytes - this.lineBytes;
    if (room >= length) {
      this.text += this.decoder.write(buffer.subarray(start, end));
    } else {
      if (room > 0) {
        this.text += this.decoder.write(buffer.subarray(start, start + room));
        // A character cut in half at the cap is dropped, not shown as U+FFFD.
        void this.decoder.end();
      }
      this.cutBytes += length - Math.max(room, 0);
    }
    this.lineBytes += length;
  }

  private finish(): void {
    const text = this.text + this.decoder.end();
    const line: LogLine = { stream: this.stream, ts: this.ts, text };
    if (this.cutBytes > 0) line.cutBytes = this.cutBytes;
    this.open = false;
    this.text = '';
    this.lineBytes = 0;
    this.cutBytes = 0;
    this.onLine(line);
  }
}
