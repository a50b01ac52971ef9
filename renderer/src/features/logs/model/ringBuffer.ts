/** WIP stub (issue 9): the bounded buffer of log entries (oldest dropped first, counted). */
export class LogRing<T extends { seq: number }> {
  private items: T[] = [];
  private droppedCount = 0;
  constructor(readonly capacity: number) {}
  get length(): number {
    return this.items.length;
  }
  /** Entries evicted since creation or the last clear. */
  get dropped(): number {
    return this.droppedCount;
  }
  /** 0 = the oldest entry kept. */
  at(index: number): T | undefined {
    return this.items[index];
  }
  push(entries: readonly T[]): void {
    this.items.push(...entries);
    const over = this.items.length - this.capacity;
    if (over > 0) {
      this.items.splice(0, over);
      this.droppedCount += over;
    }
  }
  clear(): void {
    this.items = [];
    this.droppedCount = 0;
  }
  toArray(): T[] {
    return this.items.slice();
  }
  /** Index of the entry with this seq, or -1. */
  indexOfSeq(seq: number): number {
    return this.items.findIndex((e) => e.seq === seq);
  }
}
