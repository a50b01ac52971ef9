/**
 * The backend's one Engine event stream, shared by everything that listens: every window's or
 * page's 'engine.events' subscription and the backend's own mirrors of the lists. One stream means
 * one Engine request per event burst for the whole app, however many windows are open (before,
 * each subscription opened its own stream and fetched the same rows again).
 *
 * A subscriber may ask for what happened since a moment (`sinceMs`): the feed keeps the last
 * minute of container and image events, as delivered, and replays them to it. The renderer passes
 * the moment it asked for its first lists, so nothing between those answers and its subscription
 * is lost; a repeated event brings the container's current row, so a repeat is harmless.
 */
import type { EngineEvent, EngineStatus } from '../shared/dto';
import type { EngineConnection } from './connection';
import { MAX_REPLAY_MS, REPLAY_MARGIN_MS, watchEngineEvents } from './events';

export type FeedListener = (event: EngineEvent) => void;

/** At most how many delivered events are kept for replay (for MAX_REPLAY_MS). */
const RECENT_MAX = 5_000;

export class EngineEventFeed {
  private readonly listeners = new Set<FeedListener>();
  private readonly recent: { atMs: number; event: EngineEvent }[] = [];
  private status: EngineStatus | null = null;
  private streamOpen = false;
  private readonly closedListeners = new Set<() => void>();
  private running: AbortController | null = null;

  constructor(private readonly engine: EngineConnection) {}

  /** Opens the Engine stream if it is not open yet (idempotent). */
  start(): void {
    if (this.running) return;
    this.running = new AbortController();
    // The stream itself asks the Engine to replay from now, so nothing between this call and the
    // stream opening is lost either.
    void watchEngineEvents(
      this.engine,
      (event) => this.publish(event),
      this.running.signal,
      Date.now(),
      () => {
        this.streamOpen = false;
        for (const listener of [...this.closedListeners]) listener();
      },
    );
  }

  /** Whether the Engine stream is open now: events are arriving and none was missed since it opened. */
  get connected(): boolean {
    return this.streamOpen;
  }

  /** The Engine's status as the open stream knows it, or null when the stream is not open. */
  liveStatus(): EngineStatus | null {
    return this.streamOpen ? this.status : null;
  }

  /** Called as soon as the Engine stream ends, before anyone knows whether the Engine is gone. */
  onStreamClosed(listener: () => void): void {
    this.closedListeners.add(listener);
  }

  /** Registers a listener for what happens from now on, without opening the stream (the mirrors). */
  onEvent(listener: FeedListener): void {
    this.listeners.add(listener);
  }

  /**
   * Delivers the current connection state (when known), then what happened since `sinceMs` (when
   * given), then every event as it happens, until the returned function is called.
   */
  subscribe(listener: FeedListener, sinceMs?: number): () => void {
    this.start();
    if (this.status) listener({ kind: 'engine', status: this.status });
    if (sinceMs !== undefined) {
      for (const { atMs, event } of this.recent) if (atMs >= sinceMs - REPLAY_MARGIN_MS) listener(event);
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Delivers an event to every subscriber, and keeps it for replay. Also used by the mirrors. */
  publish(event: EngineEvent): void {
    const now = Date.now();
    if (event.kind === 'engine') {
      // The connection is announced when the stream has opened (events.ts).
      this.status = event.status;
      this.streamOpen = event.status.state === 'connected';
    } else {
      this.recent.push({ atMs: now, event });
      let stale = 0;
      while (stale < this.recent.length && now - this.recent[stale]!.atMs > MAX_REPLAY_MS) stale++;
      stale = Math.max(stale, this.recent.length - RECENT_MAX);
      if (stale > 0) this.recent.splice(0, stale);
    }
    for (const listener of [...this.listeners]) listener(event);
  }

  stop(): void {
    this.running?.abort();
    this.running = null;
    this.status = null;
    this.streamOpen = false;
    this.listeners.clear();
    this.closedListeners.clear();
    this.recent.length = 0;
  }
}
