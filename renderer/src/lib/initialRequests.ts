/**
 * What the first screen needs, asked for by the boot script before the React bundle is evaluated
 * (see boot.ts). The queries take these answers once; every later fetch asks afresh.
 */
import type { InvokeChannel, ResultOf } from '../../../electron/shared/contract';
import { routeFromHash } from './routes';
import { api } from './transport';

const early = new Map<InvokeChannel, Promise<unknown>>();
let startedAt: number | undefined;

export function startInitialRequests(hash: string): void {
  startedAt = Date.now();
  const list = routeFromHash(hash) === 'images' ? 'images.list' : 'containers.list';
  for (const channel of ['engine.status', list] as const) {
    const answer = api.invoke(channel, {});
    answer.catch(() => {}); // whoever takes it handles the failure; until then it is not unhandled
    early.set(channel, answer);
  }
}

/** The start-up answer for `channel`, once; undefined when there is none (left). */
export function takeInitial<K extends InvokeChannel>(channel: K): Promise<ResultOf<K>> | undefined {
  const answer = early.get(channel);
  early.delete(channel);
  return answer as Promise<ResultOf<K>> | undefined;
}

/**
 * When the first lists were asked for (epoch ms). The events stream replays from then, so a change
 * between those answers and the stream opening is not lost.
 */
export function initialRequestsStartedAt(): number | undefined {
  return startedAt;
}
