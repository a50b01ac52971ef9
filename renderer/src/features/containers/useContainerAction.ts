import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import type { ContainerSummary } from '../../../../electron/shared/dto';
import { showToast } from '../../components/toastStore';
import { errorHint, isApiRequestError } from '../../lib/apiError';
import { queryKeys } from '../../lib/queryKeys';
import { api } from '../../lib/transport';
import {
  EVENT_GRACE_MS,
  getPending,
  isBusy,
  setPending,
  usePendingAction,
  type ContainerAction,
} from './pendingActions';

let seqCounter = 0;

/** Start or stop one container; `busy` until the Engine's event shows the change. */
export function useContainerAction(container: ContainerSummary) {
  const client = useQueryClient();
  const entry = usePendingAction(container.id);
  const busy = isBusy(entry, container);

  // The row changed state: the action is done.
  useEffect(() => {
    if (entry && !busy) setPending(container.id, undefined);
  }, [entry, busy, container.id]);

  const run = useCallback(
    (action: ContainerAction) => {
      const { id, name, state } = container;
      const seq = ++seqCounter;
      const mine = () => getPending(id)?.seq === seq;
      setPending(id, { action, from: state, phase: 'request', seq });
      const request =
        action === 'start' ? api.invoke('containers.start', { id }) : api.invoke('containers.stop', { id });
      request.then(
        () => {
          if (!mine()) return;
          setPending(id, { action, from: state, phase: 'event', seq });
          // No event in time (stream down?): stop waiting and ask for the list.
          setTimeout(() => {
            if (!mine()) return;
            setPending(id, undefined);
            void client.invalidateQueries({ queryKey: queryKeys.containers });
          }, EVENT_GRACE_MS);
        },
        (error: unknown) => {
          if (mine()) setPending(id, undefined);
          const message = error instanceof Error ? error.message : String(error);
          showToast({
            tone: 'error',
            title: `Couldn't ${action} ${name}`,
            message,
            hint: errorHint(isApiRequestError(error) ? error.code : undefined),
          });
        },
      );
    },
    [client, container],
  );

  return { busy, run };
}
