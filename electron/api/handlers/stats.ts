/** Stats channels. BASE-BRANCH PLACEHOLDER (never lands on main): the stats helper replaces it. */
import { GantryError } from '../../shared/errors';
import type { StreamHandlers } from '../router';
import type { EngineScope } from '../scope';

const todo = (): never => {
  throw new GantryError('ENGINE_ERROR', 'not built yet');
};

export function statsStreamHandlers(_scope: EngineScope): Pick<StreamHandlers, 'stats.follow' | 'stats.overview'> {
  return { 'stats.follow': todo, 'stats.overview': todo };
}
