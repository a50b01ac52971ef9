/**
 * Lines go out in batches: at most one every `intervalMs` (~30 ms, a screen frame or two) or as
 * soon as `maxLines` are waiting, whichever comes first. A quiet stream holds no timer: the first
 * line after a lull starts one.
 */
import type { LogLine } from '../../shared/dto';

export const BATCH_INTERVAL_MS = 30;
export const BATCH_MAX_LINES = 2000;

export class LineBatcher {
  private lines: LogLine[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly emit: (lines: LogLine[]) => void,
    private readonly intervalMs = BATCH_INTERVAL_MS,
    private readonly maxLines = BATCH_MAX_LINES,
  ) {}

  push(line: LogLine): void {
    this.lines.push(line);
    if (this.lines.length >= this.maxLines) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.intervalMs);
  }

  /** Sends what is waiting now (also at the end of the stream). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.lines.length === 0) return;
    const lines = this.lines;
    this.lines = [];
    this.emit(lines);
  }

  /** Drops what is waiting and the timer: nobody is listening any more. */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.lines = [];
  }

  /** Whether a flush is scheduled (for tests: none while idle). */
  scheduled(): boolean {
    return this.timer !== null;
  }
}
