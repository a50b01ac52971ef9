/** Container channels. */
import { startContainer, stopContainer } from '../../engine/containers';
import type { InvokeHandlers } from '../router';
import type { EngineScope } from '../scope';

export function containerInvokeHandlers(
  scope: EngineScope,
): Pick<InvokeHandlers, 'containers.list' | 'containers.start' | 'containers.stop'> {
  return {
    'containers.list': () => scope.containers.list(),
    'containers.start': ({ id }) => startContainer(scope.engine, id),
    'containers.stop': ({ id, timeoutSeconds }) => stopContainer(scope.engine, id, timeoutSeconds),
  };
}
