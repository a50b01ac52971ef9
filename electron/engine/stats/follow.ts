/**
 * stats.follow: one Engine stats stream per container, their samples sent together about once a
 * second. A container that is not running (or not there) is announced gone at once and gets no
 * stream; one that stops while followed is announced gone and its stream closed. The subscription's
 * signal closes every Engine connection it opened. Samples and 'gone' name the full container ID;
 * only a ref that names no container at all is echoed back as asked.
 */
import type { ContainerStatsEvent } from '../../shared/dto';
import { GantryError } from '../../shared/errors';
import type { EngineConnection } from '../connection';
import { createJsonLineParser } from '../jsonLines';
import { SampleBatcher } from './sampleBatcher';
import { isEmptyReading, toSample, type EngineStats } from './statsMath';

export interface FollowOptions {
  intervalMs?: number;
}

export async function followStats(
  engine: EngineConnection,
  ids: string[],
  emit: (event: ContainerStatsEvent) => void,
  signal: AbortSignal,
  { intervalMs = 1000 }: FollowOptions = {},
): Promise<void> {
  const batcher = new SampleBatcher((samples) => emit({ kind: 'samples', samples }), intervalMs);
  const announced = new Set<string>();
  const gone = (id: string) => {
    if (signal.aborted || announced.has(id)) return;
    announced.add(id);
    batcher.drop(id);
    emit({ kind: 'gone', id });
  };
  try {
    // Repeated refs are asked once; one container named by both name and ID gets two streams whose samples merge (keyed by ID).
    await Promise.all([...new Set(ids)].map((ref) => followOne(engine, ref, batcher, gone, signal)));
  } finally {
    batcher.stop();
  }
}

/** Follows one container until it stops, goes away, or the subscription closes. */
async function followOne(
  engine: EngineConnection,
  ref: string,
  batcher: SampleBatcher,
  gone: (id: string) => void,
  signal: AbortSignal,
): Promise<void> {
  const found = await lookUp(engine, ref);
  if (signal.aborted) return;
  if (!found) return gone(ref);
  const { id } = found;
  if (!found.running) return gone(id);
  let stream: NodeJS.ReadableStream;
  try {
    stream = await engine.call(`container ${ref}`, (docker) =>
      docker.getContainer(id).stats({ stream: true, abortSignal: signal } as { stream: true }),
    );
  } catch (error) {
    if (signal.aborted) return;
    // Stopped or removed between the inspect and the stream: gone, like any later stop.
    if (error instanceof GantryError && (error.code === 'NOT_FOUND' || error.code === 'CONFLICT')) return gone(id);
    throw error;
  }
  const outcome = await new Promise<'ended' | 'broken'>((resolve) => {
    let closed = false;
    const close = (how: 'ended' | 'broken' = 'ended') => {
      if (closed) return;
      closed = true;
      signal.removeEventListener('abort', onAbort);
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      resolve(how);
    };
    const onAbort = () => close();
    const parse = createJsonLineParser((value) => {
      if (closed) return;
      const reading = value as EngineStats;
      // The Engine keeps the stream of a stopped container open, sending empty readings.
      if (isEmptyReading(reading)) {
        gone(id);
        close();
      } else batcher.add(toSample(id, reading));
    });
    stream.on('data', parse);
    // The Engine ends the stream when the container stops or goes away.
    stream.on('end', () => {
      gone(id);
      close();
    });
    // Cut off without an end: the container went, or the Engine itself did (decided below).
    stream.on('close', () => close('broken'));
    stream.on('error', () => close('broken'));
    if (signal.aborted) close();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  if (outcome === 'ended' || signal.aborted) return;
  const status = await engine.status();
  if (signal.aborted) return;
  // A dead Engine is not a stopped container: the stream fails, so the view says what happened.
  if (status.state === 'unavailable') throw new GantryError('ENGINE_UNAVAILABLE', status.message);
  gone(id);
}

/** The container's full ID and whether it runs; null when there is no such container. */
async function lookUp(engine: EngineConnection, ref: string): Promise<{ id: string; running: boolean } | null> {
  try {
    const info = await engine.call(`container ${ref}`, (docker) => docker.getContainer(ref).inspect());
    return { id: info.Id, running: info.State?.Running === true };
  } catch (error) {
    if (error instanceof GantryError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}
