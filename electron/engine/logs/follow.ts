/**
 * `logs.follow`: the last lines, then new ones as they come, in batches; the end says why it ended.
 * Closing the subscription destroys the Engine response, which closes its connection.
 */
import { finished } from 'node:stream/promises';
import type { EngineConnection } from '../connection';
import { describeConnectionFailure, mapEngineError } from '../errors';
import { GantryError } from '../../shared/errors';
import type { LogStreamEvent } from '../../shared/dto';
import { LineBatcher } from './batching';
import { lineReader } from './lineReader';
import { logTarget, openLogStream, type LogTarget } from './logRequest';

export const DEFAULT_TAIL = 1000;

export interface FollowInput {
  id: string;
  since?: string | number;
  until?: string | number;
  tail?: number | 'all';
  follow?: boolean;
}

export async function followLogs(
  engine: EngineConnection,
  input: FollowInput,
  emit: (event: LogStreamEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  const target = await logTarget(engine, input.id);
  if (signal.aborted) return;
  const follow = input.follow ?? true;
  const response = await openLogStream(
    engine,
    target,
    { follow, tail: input.tail ?? DEFAULT_TAIL, since: input.since, until: input.until },
    signal,
  );
  const batcher = new LineBatcher((lines) => emit({ kind: 'lines', lines }));
  const reader = lineReader(target.tty, (line) => batcher.push(line));
  response.on('data', (chunk: Buffer) => reader.push(chunk));
  try {
    await finished(response);
  } catch (error) {
    batcher.cancel();
    if (signal.aborted) return;
    // The answer stopped halfway: the Engine (or the connection to it) went away.
    const code = (error as { code?: string }).code;
    if (code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ECONNRESET') {
      throw new GantryError('ENGINE_UNAVAILABLE', describeConnectionFailure('ECONNRESET', engine.address()));
    }
    throw mapEngineError(error, engine.address(), `container ${target.name}`);
  }
  if (signal.aborted) return batcher.cancel();
  reader.end();
  batcher.flush();
  emit(
    follow ? await whyItEnded(engine, target) : { kind: 'end', reason: 'complete', message: 'That is the whole log.' },
  );
}

/** The Engine ended a follow: the container stopped, went away, or the `until` time passed. */
async function whyItEnded(engine: EngineConnection, target: LogTarget): Promise<LogStreamEvent> {
  const removed: LogStreamEvent = {
    kind: 'end',
    reason: 'removed',
    message: `The container ${target.name} was removed.`,
  };
  let state: { Status?: string; Running?: boolean; ExitCode?: number } | undefined;
  try {
    state = (await engine.call(`container ${target.name}`, (docker) => docker.getContainer(target.id).inspect())).State;
  } catch (error) {
    if ((error as { code?: string }).code === 'NOT_FOUND') return removed;
    throw error;
  }
  // `docker rm -f` marks the container 'removing' before it kills it, so this is never a race.
  if (state?.Status === 'removing' || state?.Status === 'dead') return removed;
  if (state?.Running) return { kind: 'end', reason: 'complete', message: 'No more lines in the chosen time range.' };
  if (state?.Status === 'created') {
    return { kind: 'end', reason: 'stopped', message: `The container ${target.name} has not been started.` };
  }
  return {
    kind: 'end',
    reason: 'stopped',
    message: `The container ${target.name} stopped (exit code ${state?.ExitCode ?? 'unknown'}).`,
  };
}
