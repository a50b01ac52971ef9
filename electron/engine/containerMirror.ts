/**
 * Every container, kept in the backend and current from the shared event feed, so a list is
 * answered from memory instead of an Engine request (80 ms for 1,000 containers on an idle
 * 2-core machine, over 300 ms while a browser loads a page beside it: bench/RESULTS.md).
 *
 * In sync means: a full list was taken after the feed's stream opened, and every container event
 * since has been applied (each brings the container's row as fetched after the event). Events that
 * arrive while a full list is on its way are applied again on top of it, since the list may predate
 * them. When the Engine goes away the mirror is out of sync until the stream is back and a new full
 * list has arrived; meanwhile lists go to the Engine, whose error is the answer.
 *
 * The status words ("Up 3 minutes") are the Engine's when the row was fetched. A list answered from
 * a mirror older than `revalidateAfterMs` also fetches afresh in the background and publishes the
 * rows that changed as 'refresh' events, so an open page has current words a moment later.
 */
import type { ContainerSummary, EngineEvent } from '../shared/dto';
import type { EngineConnection } from './connection';
import { listContainers } from './containers';
import type { EngineEventFeed } from './eventFeed';
import { ContainerRows, rowChanges } from './mirrorRows';

type ContainerEvent = Extract<EngineEvent, { kind: 'container' }>;

export const REVALIDATE_AFTER_MS = 10_000;

export class ContainerMirror {
  private readonly rows = new ContainerRows();
  private inSync = false;
  private syncedAtMs = 0;
  /** Bumped whenever a full list in flight must no longer be applied. */
  private generation = 0;
  private sync: { promise: Promise<void>; eventsSinceAsked: ContainerEvent[] } | null = null;

  constructor(
    private readonly engine: EngineConnection,
    private readonly feed: EngineEventFeed,
    private readonly revalidateAfterMs = REVALIDATE_AFTER_MS,
  ) {
    feed.onEvent((event) => this.onFeedEvent(event));
    feed.onStreamClosed(() => this.outOfSync());
  }

  /** Every container, newest first (the Engine's order, as `docker ps -a`). */
  async list(): Promise<ContainerSummary[]> {
    this.feed.start();
    if (this.inSync) {
      if (!this.sync && Date.now() - this.syncedAtMs > this.revalidateAfterMs) void this.resync();
      return this.rows.list();
    }
    if (this.sync) {
      await this.sync.promise;
      if (this.inSync) return this.rows.list();
    }
    return listContainers(this.engine);
  }

  private onFeedEvent(event: EngineEvent): void {
    if (event.kind === 'engine') {
      // A stream that (re)opened may follow a gap: take a full list. A lost Engine: out of sync.
      if (event.status.state === 'connected') void this.resync();
      else this.outOfSync();
    } else if (event.kind === 'container') {
      this.sync?.eventsSinceAsked.push(event);
      this.rows.apply(event.id, event.container);
    }
  }

  private outOfSync(): void {
    this.inSync = false;
    this.generation++;
    this.sync = null;
  }

  private resync(): Promise<void> {
    const generation = ++this.generation;
    const eventsSinceAsked: ContainerEvent[] = [];
    const promise = listContainers(this.engine).then(
      (fresh) => {
        if (generation !== this.generation) return;
        const before = this.inSync ? this.rows.list() : null;
        this.rows.replaceAll(fresh);
        for (const event of eventsSinceAsked) this.rows.apply(event.id, event.container);
        this.inSync = true;
        this.syncedAtMs = Date.now();
        this.sync = null;
        if (!before) return;
        for (const change of rowChanges(before, this.rows.list())) {
          this.feed.publish({ kind: 'container', action: 'refresh', ...change });
        }
      },
      () => {
        // The stream's own probe announces an outage; until then lists go to the Engine.
        if (generation === this.generation) this.sync = null;
      },
    );
    this.sync = { promise, eventsSinceAsked };
    return promise;
  }
}
