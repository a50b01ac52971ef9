import { useQuery } from '@tanstack/react-query';
import type { ContainerSummary } from '../../../../electron/shared/dto';
import { queryKeys } from '../../lib/queryKeys';
import { api } from '../../lib/transport';
import { useEngineStatus } from '../engine/useEngineStatus';

/** All containers, newest first (the Engine's `docker ps -a` order), kept current by events. */
export function useContainers() {
  const engine = useEngineStatus().data?.state;
  return useQuery({
    queryKey: queryKeys.containers,
    queryFn: (): Promise<ContainerSummary[]> => api.invoke('containers.list', {}),
    enabled: engine !== 'unavailable',
  });
}
