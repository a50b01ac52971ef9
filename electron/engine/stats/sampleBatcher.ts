/**
 * Gathers the samples of every followed container and hands them on together, at most once per
 * interval: each container's Engine stream ticks on its own clock, and one message a second for
 * the whole set keeps the renderer's work flat however many containers are in view.
 */
import type { ContainerStatsSample } from '../../shared/dto';

export class SampleBatcher {
  /** The newest sample of each container since the last flush. */
  private readonly pending = new Map<string, ContainerStatsSample>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastFlushAt = -Infinity;

  constructor(
    private readonly flush: (samples: ContainerStatsSample[]) => void,
    private readonly intervalMs = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  add(sample: ContainerStatsSample): void {
    this.pending.set(sample.id, sample);
    if (this.timer) return;
    // The first sample after a quiet spell goes out at once; later ones wait for the interval.
    const wait = Math.max(0, this.lastFlushAt + this.intervalMs - this.now());
    this.timer = setTimeout(() => this.send(), wait);
  }

  /** A container that left the set: its pending sample is not sent after it is announced gone. */
  drop(id: string): void {
    this.pending.delete(id);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }

  private send(): void {
    this.timer = null;
    if (this.pending.size === 0) return;
    const samples = [...this.pending.values()];
    this.pending.clear();
    this.lastFlushAt = this.now();
    this.flush(samples);
  }
}
