/**
 * What the first screen needs, asked for by the boot script before the React bundle is evaluated
 * (see boot.ts). Each answer is used once: if it has already arrived when the query is created,
 * it is the query's initial data, so the first render already shows the list (no skeleton pass);
 * if it is still on its way, the query's first fetch waits for it. Every later fetch asks afresh.
 */
import type { InvokeChannel, ResultOf } from '../../../electron/shared/contract';
import { sectionFromPath } from './routes';
import { api } from './transport';

interface EarlyAnswer {
  promise: Promise<unknown>;
  arrived?: { value: unknown };
}

const early = new Map<InvokeChannel, EarlyAnswer>();
/** The first screen's list (containers or images), for firstListSettled. */
let firstList: Promise<unknown> | undefined;
let startedAt: number | undefined;

export function startInitialRequests(hash: string): void {
  startedAt = Date.now();
  const list = sectionFromPath(hash) === 'images' ? 'images.list' : 'containers.list';
  for (const channel of ['engine.status', list] as const) {
    const entry: EarlyAnswer = { promise: api.invoke(channel, {}) };
    // Whoever takes the promise handles a failure; until then it is not an unhandled rejection.
    entry.promise.then(
      (value) => {
        entry.arrived = { value };
        if (channel === list) performance.mark('gantry:first-list-arrived');
      },
      () => {},
    );
    early.set(channel, entry);
    if (channel === list) firstList = entry.promise;
  }
}

/**
 * Resolves when the first screen's list has been answered (or failed), or after `maxWaitMs`,
 * whichever is first.
 */
export function firstListSettled(maxWaitMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxWaitMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    if (!firstList) done();
    else firstList.then(done, done);
  });
}

/** Query options that use the start-up answer for `channel` once, then ask the backend. */
export function firstScreenQuery<K extends InvokeChannel>(channel: K, input: Parameters<typeof api.invoke<K>>[1]) {
  return {
    queryFn: (): Promise<ResultOf<K>> => {
      const entry = early.get(channel);
      early.delete(channel);
      return (entry?.promise as Promise<ResultOf<K>> | undefined) ?? api.invoke(channel, input);
    },
    initialData: (): ResultOf<K> | undefined => {
      const arrived = early.get(channel)?.arrived;
      if (arrived) early.delete(channel);
      return arrived?.value as ResultOf<K> | undefined;
    },
  };
}

/**
 * When the first lists were asked for (epoch ms). The events stream replays from then, so a change
 * between those answers and the stream opening is not lost.
 */
export function initialRequestsStartedAt(): number | undefined {
  return startedAt;
}
