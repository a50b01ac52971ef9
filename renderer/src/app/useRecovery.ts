/**
 * Automatic recovery: when the Engine goes from unavailable to connected (an event, a Retry, or a
 * reconnect), refresh every query so the pages come back without a restart.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useEngineStatus } from '../features/engine/useEngineStatus';
import { queryKeys } from '../lib/queryKeys';

export function useRecovery() {
  const client = useQueryClient();
  const state = useEngineStatus().data?.state;
  const previous = useRef(state);
  useEffect(() => {
    const was = previous.current;
    previous.current = state;
    if (was === 'unavailable' && state === 'connected') {
      void client.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== queryKeys.engineStatus[0],
      });
    }
  }, [client, state]);
}
