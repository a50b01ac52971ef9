/**
 * The engine-events stream: Engine events enriched for the UI, and the connection state.
 *
 * - Container events come with the container's fresh summary, so the renderer replaces the one row
 *   the event names. Events arriving within a few milliseconds (a stop is kill + die + stop) are
 *   coalesced into one Engine request for all the containers they name.
 * - When the Engine goes away the stream says so, keeps probing, and says so again when it is back;
 *   each (re)connection is announced only once the event stream is open, so a list fetched after
 *   that announcement misses nothing.
 */
import type { ContainerSummary, EngineEvent, EngineStatus } from '../shared/dto';
import type { EngineConnection } from './connection';
import { containersByIds } from './containers';
import { classifyEvent, contradictsEvent, type RawEngineEvent } from './eventFilter';
import { createJsonLineParser } from './jsonLines';

const COALESCE_MS = 4;
const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 2000;

/**
 * How far back a replay may reach: the Engine's own buffer holds the last 256 events, and the feed
 * (eventFeed.ts) keeps this long of what it delivered.
 */
export const MAX_REPLAY_MS = 60_000;
/** Replay a little before the asked-for moment: the requester's clock is not the replayer's. */
export const REPLAY_MARGIN_MS = 1_000;

/**
 * `onStreamClosed`: the Engine stream ended (events may be missed until it reopens and the
 * connection is announced again).
 *
 * `sinceMs` (epoch ms): also deliver what happened since then. The feed passes the moment it
 * started, so nothing that changed before its stream opened is lost; replayed container events
 * bring the containers' current rows, so a repeat is harmless.
 */
export async function watchEngineEvents(
  engine: EngineConnection,
  emit: (event: EngineEvent) => void,
  signal: AbortSignal,
  sinceMs?: number,
  onStreamClosed: () => void = () => {},
): Promise<void> {
  // Written by announce() below; typed wide so the checks in the loop are not narrowed to null.
  let last = null as EngineStatus | null;
  let retryMs = RETRY_MIN_MS;
  let resumeFromMs = sinceMs;
  const announce = (status: EngineStatus) => {
    emit({ kind: 'engine', status });
    last = status;
  };

  while (!signal.aborted) {
    const status = await engine.status();
    if (signal.aborted) break;
    if (status.state === 'connected') {
      const opened = await streamEvents(engine, emit, signal, replaySince(resumeFromMs), () => announce(status));
      // Said at once, before the probe below tells whether the Engine is gone or the stream merely ended.
      if (opened) onStreamClosed();
      // A stream that ends while the Engine stays up is reopened from where it stopped.
      resumeFromMs = Date.now();
      if (opened) retryMs = RETRY_MIN_MS;
      if (signal.aborted) break;
      const after = await engine.status();
      if (signal.aborted) break;
      if (after.state === 'unavailable') announce(after);
    } else if (last?.state !== 'unavailable' || last.reason !== status.reason || last.address !== status.address) {
      // Also when the reason changes: the first failure is often the dropped connection (EPIPE),
      // the next probe says why (no socket, permission denied), which is what people can act on.
      announce(status);
    }
    await sleep(retryMs, signal);
    retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
  }
}

/** The Engine's `since` (unix seconds, fractional) for a resume point, bounded to the recent past. */
export function replaySince(resumeFromMs: number | undefined, nowMs = Date.now()): string | undefined {
  if (resumeFromMs === undefined) return undefined;
  const from = Math.max(nowMs - MAX_REPLAY_MS, Math.min(resumeFromMs, nowMs) - REPLAY_MARGIN_MS);
  return (from / 1000).toFixed(3);
}

/** Follows the Engine's event stream until it ends. Returns whether it was opened at all. */
async function streamEvents(
  engine: EngineConnection,
  emit: (event: EngineEvent) => void,
  signal: AbortSignal,
  since: string | undefined,
  onOpen: () => void,
): Promise<boolean> {
  let stream: NodeJS.ReadableStream;
  try {
    const options = { filters: { type: ['container', 'image'] }, abortSignal: signal, ...(since ? { since } : {}) };
    stream = await engine.call('events', (docker) =>
      docker.getEvents(options as Parameters<typeof docker.getEvents>[0]),
    );
  } catch {
    return false;
  }
  onOpen();
  const containerUpdates = new ContainerUpdateBatcher(engine, emit, signal);
  const parse = createJsonLineParser((value) => {
    const event = classifyEvent(value as RawEngineEvent);
    if (!event) return;
    if (event.kind === 'container') containerUpdates.add(event.id, event.action);
    else emit({ kind: 'image', action: event.action, id: event.id });
  });
  await new Promise<void>((resolve) => {
    const done = () => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    };
    const onAbort = () => {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      done();
    };
    stream.on('data', parse);
    stream.on('end', done);
    stream.on('close', done);
    stream.on('error', done);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return true;
}

/** Retries for a summary that still contradicts its event; a few tens of milliseconds in practice. */
const STALE_RETRY_DELAYS_MS = [10, 20, 40, 80, 160, 320];

/** Coalesces container events into one Engine request per burst, one burst at a time, in order. */
class ContainerUpdateBatcher {
  private pending = new Map<string, string>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly engine: EngineConnection,
    private readonly emit: (event: EngineEvent) => void,
    private readonly signal: AbortSignal,
  ) {}

  add(id: string, action: string): void {
    this.pending.set(id, action);
    this.timer ??= setTimeout(() => {
      this.timer = null;
      const batch = this.pending;
      this.pending = new Map();
      this.flushing = this.flushing.then(() => this.flush(batch));
    }, COALESCE_MS);
  }

  private async flush(batch: Map<string, string>): Promise<void> {
    let waiting = batch;
    for (let attempt = 0; waiting.size > 0 && !this.signal.aborted; attempt++) {
      let found: ContainerSummary[];
      try {
        found = await containersByIds(this.engine, [...waiting.keys()]);
      } catch {
        return; // The engine went away; the outage is announced and the lists refetched on reconnect.
      }
      if (this.signal.aborted) return;
      const byId = new Map(found.map((container) => [container.id, container]));
      const retryDelay = STALE_RETRY_DELAYS_MS[attempt];
      const stale = new Map<string, string>();
      for (const [id, action] of waiting) {
        const container = byId.get(id) ?? null;
        // A newer event for the same container is already queued: it will bring the fresh row.
        if (this.pending.has(id)) continue;
        if (container && retryDelay !== undefined && contradictsEvent(action, container.state)) {
          stale.set(id, action);
          continue;
        }
        this.emit({ kind: 'container', action, id, container });
      }
      waiting = stale;
      if (waiting.size > 0 && retryDelay !== undefined) await sleep(retryDelay, this.signal);
    }
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', finish);
      resolve();
    };
    const timer = setTimeout(finish, ms);
    signal.addEventListener('abort', finish, { once: true });
  });
}
