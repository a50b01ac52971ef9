import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../lib/queryKeys';
import { firstScreenQuery } from '../../lib/initialRequests';
import { useEngineStatus } from '../engine/useEngineStatus';

/** All images, newest first, with how many containers use each. */
export function useImages({ enabled = true }: { enabled?: boolean } = {}) {
  const engine = useEngineStatus().data?.state;
  return useQuery({
    queryKey: queryKeys.images,
    ...firstScreenQuery('images.list', {}),
    enabled: enabled && engine !== 'unavailable',
  });
}
