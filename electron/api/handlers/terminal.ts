/** The terminal channel: an interactive process in a running container, over a duplex stream. */
import { openTerminal } from '../../engine/exec/session';
import type { DuplexHandlers } from '../router';
import type { EngineScope } from '../scope';

export function terminalDuplexHandlers(scope: EngineScope): Pick<DuplexHandlers, 'terminal.open'> {
  return {
    'terminal.open': (input, emit, signal, onMessage) => openTerminal(scope.engine, input, emit, signal, onMessage),
  };
}
