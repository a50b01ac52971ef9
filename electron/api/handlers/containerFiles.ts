/** A container's writable layer: its changes (docker diff) and its files (archive endpoint). */
import { GantryError } from '../../shared/errors';
import type { InvokeHandlers } from '../router';
import type { EngineScope } from '../scope';

// BASE-BRANCH PLACEHOLDER (never lands on main): the issue-8 files helper replaces every `todo`.
const todo = (): never => {
  throw new GantryError('ENGINE_ERROR', 'not built yet');
};

export function containerFileInvokeHandlers(
  _scope: EngineScope,
): Pick<InvokeHandlers, 'containers.changes' | 'containers.files' | 'containers.file' | 'containers.archive'> {
  return {
    'containers.changes': todo,
    'containers.files': todo,
    'containers.file': todo,
    'containers.archive': todo,
  };
}
