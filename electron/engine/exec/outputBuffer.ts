/**
 * A TTY's output on its way to the renderer: bytes decoded as UTF-8 (a character split between two
 * chunks is held until its last byte comes) and gathered for a few milliseconds, so a burst of
 * small writes (a shell redrawing its prompt) is one event, while a keystroke's echo still shows
 * at once to the eye.
 */
import { StringDecoder } from 'node:string_decoder';

/** Long enough to gather a burst, short enough that typing feels immediate. */
export const OUTPUT_GATHER_MS = 8;
/** One event carries at most this many characters; more is sent at once, in several events. */
export const OUTPUT_EVENT_MAX = 32 * 1024;

export class OutputBuffer {
  private readonly decoder = new StringDecoder('utf8');
  private pending = '';
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly send: (data: string) => void,
    private readonly gatherMs = OUTPUT_GATHER_MS,
  ) {}

  push(chunk: Buffer): void {
    this.pending += this.decoder.write(chunk);
    while (this.pending.length >= OUTPUT_EVENT_MAX) {
      this.send(this.pending.slice(0, OUTPUT_EVENT_MAX));
      this.pending = this.pending.slice(OUTPUT_EVENT_MAX);
    }
    if (this.pending && !this.timer) this.timer = setTimeout(() => this.flush(), this.gatherMs);
  }

  /** Sends what is gathered now (and, at the end, any incomplete character as U+FFFD). */
  flush(final = false): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (final) this.pending += this.decoder.end();
    const data = this.pending;
    this.pending = '';
    if (data) this.send(data);
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = '';
  }
}
