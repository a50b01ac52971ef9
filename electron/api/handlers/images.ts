/** Image channels. */
import type { InvokeHandlers } from '../router';
import type { EngineScope } from '../scope';

export function imageInvokeHandlers(scope: EngineScope): Pick<InvokeHandlers, 'images.list'> {
  return {
    'images.list': () => scope.images.list(),
  };
}
