/**
 * Runs one lifecycle action from the container page: the button is busy from the click until the
 * page shows the container's new state (the request, then the refetch), the result is said in a
 * toast ("already stopped" as such, not as a failure), a failure with the Engine's own words.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ContainerDetail } from '../../../../electron/shared/dto';
import { showToast } from '../../components/toastStore';
import { errorHint, isApiRequestError } from '../../lib/apiError';
import { api } from '../../lib/transport';
import { containerPageKeys } from '../containerPage/queries';
import { ACTION_LABEL, resultWords, type LifecycleAction } from './lifecycle';

function request(action: LifecycleAction, id: string, timeoutSeconds: number | undefined) {
  const timed = timeoutSeconds === undefined ? { id } : { id, timeoutSeconds };
  switch (action) {
    case 'start':
      return api.invoke('containers.start', { id });
    case 'stop':
      return api.invoke('containers.stop', timed);
    case 'restart':
      return api.invoke('containers.restart', timed);
    case 'pause':
      return api.invoke('containers.pause', { id });
    case 'unpause':
      return api.invoke('containers.unpause', { id });
  }
}

/** Refetches everything the page shows about this container; resolves when the container itself is back. */
export function useRefreshContainer(container: Pick<ContainerDetail, 'id'>) {
  const client = useQueryClient();
  return async () => {
    void client.invalidateQueries({ queryKey: containerPageKeys.all(container.id) });
    await client.invalidateQueries({ queryKey: containerPageKeys.details });
  };
}

export function useLifecycle(container: Pick<ContainerDetail, 'id' | 'name'>) {
  const [busy, setBusy] = useState<LifecycleAction | null>(null);
  const refresh = useRefreshContainer(container);
  const run = async (action: LifecycleAction, timeoutSeconds?: number): Promise<boolean> => {
    setBusy(action);
    try {
      const result = await request(action, container.id, timeoutSeconds);
      await refresh();
      showToast({ tone: 'info', title: resultWords(action, container.name, result.changed) });
      return true;
    } catch (error) {
      showToast({
        tone: 'error',
        title: `Couldn't ${ACTION_LABEL[action].toLowerCase()} ${container.name}`,
        message: error instanceof Error ? error.message : String(error),
        hint: errorHint(isApiRequestError(error) ? error.code : undefined),
      });
      return false;
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}
