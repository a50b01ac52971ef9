/** Log channels. BASE-BRANCH PLACEHOLDER (never lands on main): the logs helper replaces it. */
import { GantryError } from '../../shared/errors';
import type { InvokeHandlers, StreamHandlers } from '../router';
import type { EngineScope } from '../scope';

const todo = (): never => {
  throw new GantryError('ENGINE_ERROR', 'not built yet');
};

export function logInvokeHandlers(_scope: EngineScope): Pick<InvokeHandlers, 'logs.download'> {
  return { 'logs.download': todo };
}

export function logStreamHandlers(_scope: EngineScope): Pick<StreamHandlers, 'logs.follow'> {
  return { 'logs.follow': todo };
}
