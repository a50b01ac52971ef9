/**
 * The viewer's bounded buffer of log entries: a circular array of fixed capacity, so a container
 * printing for hours costs the same memory as one printing for a minute. Pushing past capacity
 * overwrites the oldest entries and counts them (the viewer says "N older lines dropped"); nothing
 * is copied or shifted on push, so 10,000 lines a second cost 10,000 slot writes.
 */

/** About 100,000 lines: a few hundred thousand is where a renderer's heap climbs past 150 MB. */
export const LOG_BUFFER_CAPACITY = 100_000;

export class LogRing<T extends { seq: number }> {
  private readonly slots: Array<T | undefined>;
  /** Slot of the oldest entry kept. */
  private head = 0;
  private size = 0;
  private droppedCount = 0;
  private pushedCount = 0;
  /** Seqs pushed so far rose: `indexOfSeq` can bisect. Cleared by an out-of-order push. */
  private seqsAscending = true;

  constructor(readonly capacity: number = LOG_BUFFER_CAPACITY) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    this.slots = new Array<T | undefined>(capacity);
  }

  get length(): number {
    return this.size;
  }

  /** Entries evicted since creation or the last clear. */
  get dropped(): number {
    return this.droppedCount;
  }

  /** Entries pushed since creation or the last clear (kept plus dropped): changes on every push, a cheap version for renders. */
  get pushed(): number {
    return this.pushedCount;
  }

  /** 0 = the oldest entry kept. */
  at(index: number): T | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.size) return undefined;
    return this.slots[(this.head + index) % this.capacity];
  }

  /** The newest entry, or undefined when empty. */
  last(): T | undefined {
    return this.at(this.size - 1);
  }

  push(entries: readonly T[]): void {
    if (entries.length === 0) return;
    const lastSeq = this.last()?.seq;
    if (lastSeq !== undefined && entries[0]!.seq <= lastSeq) this.seqsAscending = false;
    this.pushedCount += entries.length;
    // A batch bigger than the ring: only its newest `capacity` entries could stay.
    const skipped = Math.max(0, entries.length - this.capacity);
    if (skipped > 0) {
      this.droppedCount += this.size + skipped;
      this.head = 0;
      this.size = 0;
    }
    for (let k = skipped; k < entries.length; k += 1) {
      const entry = entries[k]!;
      if (k > skipped && entry.seq <= entries[k - 1]!.seq) this.seqsAscending = false;
      if (this.size < this.capacity) {
        this.slots[(this.head + this.size) % this.capacity] = entry;
        this.size += 1;
      } else {
        this.slots[this.head] = entry;
        this.head = (this.head + 1) % this.capacity;
        this.droppedCount += 1;
      }
    }
  }

  clear(): void {
    this.slots.fill(undefined);
    this.head = 0;
    this.size = 0;
    this.droppedCount = 0;
    this.pushedCount = 0;
    this.seqsAscending = true;
  }

  toArray(): T[] {
    const out = new Array<T>(this.size);
    for (let k = 0; k < this.size; k += 1) out[k] = this.slots[(this.head + k) % this.capacity]!;
    return out;
  }

  /** Index of the entry with this seq, or -1. Bisects while seqs rise (they do when the viewer numbers them). */
  indexOfSeq(seq: number): number {
    if (!this.seqsAscending) {
      for (let k = 0; k < this.size; k += 1) if (this.at(k)!.seq === seq) return k;
      return -1;
    }
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const found = this.at(mid)!.seq;
      if (found === seq) return mid;
      if (found < seq) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }
}
