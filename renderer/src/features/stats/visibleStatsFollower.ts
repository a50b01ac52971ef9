/**
 * The containers list's stats: ONE `stats.follow` subscription for the running rows that are on
 * screen. Cells say which containers they show (`watch`, counted, since a row has two stats
 * cells); the set is settled ~500 ms after it last changed, so scrolling does not churn Engine
 * streams, and capped at the contract's 100 ids. Nothing on screen, or the window hidden → the
 * subscription closes at once. Samples are kept per container and read by the cells that show
 * them (`sample` + `listen`), so a sample re-renders two cells, never the table.
 *
 * Pure of the DOM and the transport (both come in as `FollowerDeps`): test/unit/stats-visible-follower.test.ts.
 */
import type { ContainerStatsEvent, ContainerStatsSample } from '../../../../electron/shared/dto';

export const MAX_FOLLOWED = 100;
export const SETTLE_MS = 500;

export interface FollowerDeps {
  /** Opens stats.follow for these ids; returns its close. */
  subscribe(
    ids: string[],
    handlers: { onEvent: (event: ContainerStatsEvent) => void; onEnd: (error?: { message: string }) => void },
  ): () => void;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The ids to follow: the first `max` watched (in the order they came on screen), sorted so equal sets compare equal. */
export function pickFollowedIds(watched: Iterable<string>, max = MAX_FOLLOWED): string[] {
  const ids: string[] = [];
  for (const id of watched) {
    if (ids.length >= max) break;
    ids.push(id);
  }
  return ids.sort();
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

export class VisibleStatsFollower {
  /** Container id → how many mounted cells show it. A Map keeps the order they came on screen. */
  private readonly watched = new Map<string, number>();
  private readonly samples = new Map<string, ContainerStatsSample>();
  private readonly listeners = new Map<string, Set<() => void>>();
  private windowVisible = true;
  /** The ids of the open subscription (or of the last one, ended by the backend), and its close. */
  private followed: string[] = [];
  private close: (() => void) | null = null;
  private timer: unknown = null;

  constructor(private readonly deps: FollowerDeps) {}

  /** A cell showing container `id` mounted; the returned function is its unmount. */
  watch(id: string): () => void {
    this.watched.set(id, (this.watched.get(id) ?? 0) + 1);
    this.changed();
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const left = (this.watched.get(id) ?? 1) - 1;
      if (left > 0) this.watched.set(id, left);
      else {
        this.watched.delete(id);
        // Off screen: its figures would be stale when it comes back.
        if (this.samples.delete(id)) this.notify(id);
      }
      this.changed();
    };
  }

  /** The window was hidden or shown again (document.visibilityState). */
  setWindowVisible(visible: boolean): void {
    if (visible === this.windowVisible) return;
    this.windowVisible = visible;
    if (!visible) this.stop();
    // Shown again: open at once, the rows are already there.
    else this.apply();
  }

  sample(id: string): ContainerStatsSample | undefined {
    return this.samples.get(id);
  }

  listen(id: string, listener: () => void): () => void {
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(id);
    };
  }

  /** The ids of the open subscription ([] when none is open); for tests and diagnostics. */
  get openIds(): readonly string[] {
    return this.close ? this.followed : [];
  }

  private wanted(): string[] {
    return this.windowVisible ? pickFollowedIds(this.watched.keys()) : [];
  }

  private changed(): void {
    const wanted = this.wanted();
    if (wanted.length === 0) {
      // Nothing on screen: no reason to wait before closing.
      this.stop();
      return;
    }
    if (sameIds(wanted, this.followed)) {
      this.cancelTimer();
      return;
    }
    this.cancelTimer();
    this.timer = this.deps.setTimeout(() => {
      this.timer = null;
      this.apply();
    }, SETTLE_MS);
  }

  private apply(): void {
    this.cancelTimer();
    const wanted = this.wanted();
    if (wanted.length === 0) return this.stop();
    if (this.close && sameIds(wanted, this.followed)) return;
    this.closeSubscription();
    this.followed = wanted;
    let live = true;
    const close = this.deps.subscribe(wanted, {
      onEvent: (event) => {
        if (live) this.receive(event);
      },
      // Ended by the backend (every container gone, or an error): not reopened for the same set,
      // which would only end the same way; a new set on screen opens a new one.
      onEnd: () => {
        if (!live) return;
        live = false;
        if (this.close === closeThis) this.close = null;
      },
    });
    const closeThis = () => {
      live = false;
      close();
    };
    this.close = closeThis;
  }

  private receive(event: ContainerStatsEvent): void {
    if (event.kind === 'gone') {
      if (this.samples.delete(event.id)) this.notify(event.id);
      return;
    }
    for (const sample of event.samples) {
      if (!this.watched.has(sample.id)) continue;
      this.samples.set(sample.id, sample);
      this.notify(sample.id);
    }
  }

  private stop(): void {
    this.cancelTimer();
    this.closeSubscription();
    this.followed = [];
  }

  private closeSubscription(): void {
    const close = this.close;
    this.close = null;
    close?.();
  }

  private cancelTimer(): void {
    if (this.timer === null) return;
    this.deps.clearTimeout(this.timer);
    this.timer = null;
  }

  private notify(id: string): void {
    for (const listener of this.listeners.get(id) ?? []) listener();
  }
}
