/** Container channels: the list, lifecycle actions, one container whole, sizes, processes. */
import { startContainer, stopContainer } from '../../engine/containers';
import { GantryError } from '../../shared/errors';
import type { InvokeHandlers, StreamHandlers } from '../router';
import type { EngineScope } from '../scope';

// BASE-BRANCH PLACEHOLDER (never lands on main): the issue-8 backend helper replaces every `todo`.
const todo = (): never => {
  throw new GantryError('ENGINE_ERROR', 'not built yet');
};

export function containerInvokeHandlers(
  scope: EngineScope,
): Pick<
  InvokeHandlers,
  | 'containers.list'
  | 'containers.start'
  | 'containers.stop'
  | 'containers.restart'
  | 'containers.pause'
  | 'containers.unpause'
  | 'containers.kill'
  | 'containers.rename'
  | 'containers.remove'
  | 'containers.commit'
  | 'containers.inspect'
  | 'containers.size'
  | 'containers.top'
> {
  return {
    'containers.list': () => scope.containers.list(),
    'containers.start': async ({ id }) => (await startContainer(scope.engine, id), { id, changed: true }),
    'containers.stop': async ({ id, timeoutSeconds }) => (
      await stopContainer(scope.engine, id, timeoutSeconds),
      { id, changed: true }
    ),
    'containers.restart': todo,
    'containers.pause': todo,
    'containers.unpause': todo,
    'containers.kill': todo,
    'containers.rename': todo,
    'containers.remove': todo,
    'containers.commit': todo,
    'containers.inspect': todo,
    'containers.size': todo,
    'containers.top': todo,
  };
}

export function containerStreamHandlers(_scope: EngineScope): Pick<StreamHandlers, 'containers.sizes'> {
  return { 'containers.sizes': todo };
}
