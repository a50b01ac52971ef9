import { useQuery } from '@tanstack/react-query';
import type { ContainerSummary } from '../../../../electron/shared/dto';
import { queryKeys } from '../../lib/queryKeys';
import { takeInitial } from '../../lib/initialRequests';
import { api } from '../../lib/transport';
import { useEngineStatus } from '../engine/useEngineStatus';

/** All containers, newest first (the Engine's `docker ps -a` order), kept current by events. */
export function useContainers({ enabled = true }: { enabled?: boolean } = {}) {
  const engine = useEngineStatus().data?.state;
  return useQuery({
    queryKey: queryKeys.containers,
    queryFn: (): Promise<ContainerSummary[]> => takeInitial('containers.list') ?? api.invoke('containers.list', {}),
    enabled: enabled && engine !== 'unavailable',
  });
}
