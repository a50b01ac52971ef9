/** Stats channels: live samples of the containers in view, and the running containers' total. */
import { followStats } from '../../engine/stats/follow';
import { followOverview } from '../../engine/stats/overview';
import type { StreamHandlers } from '../router';
import type { EngineScope } from '../scope';

export function statsStreamHandlers(scope: EngineScope): Pick<StreamHandlers, 'stats.follow' | 'stats.overview'> {
  return {
    'stats.follow': ({ ids }, emit, signal) => followStats(scope.engine, ids, emit, signal),
    'stats.overview': (_input, emit, signal) => followOverview(scope, emit, signal),
  };
}
