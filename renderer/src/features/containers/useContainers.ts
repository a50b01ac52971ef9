import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../lib/queryKeys';
import { firstScreenQuery } from '../../lib/initialRequests';
import { useEngineStatus } from '../engine/useEngineStatus';

/** All containers, newest first (the Engine's `docker ps -a` order), kept current by events. */
export function useContainers({ enabled = true }: { enabled?: boolean } = {}) {
  const engine = useEngineStatus().data?.state;
  return useQuery({
    queryKey: queryKeys.containers,
    ...firstScreenQuery('containers.list', {}),
    enabled: enabled && engine !== 'unavailable',
  });
}
