import { useQuery } from '@tanstack/react-query';
import type { ImageSummary } from '../../../../electron/shared/dto';
import { queryKeys } from '../../lib/queryKeys';
import { takeInitial } from '../../lib/initialRequests';
import { api } from '../../lib/transport';
import { useEngineStatus } from '../engine/useEngineStatus';

/** All images, newest first, with how many containers use each. */
export function useImages({ enabled = true }: { enabled?: boolean } = {}) {
  const engine = useEngineStatus().data?.state;
  return useQuery({
    queryKey: queryKeys.images,
    queryFn: (): Promise<ImageSummary[]> => takeInitial('images.list') ?? api.invoke('images.list', {}),
    enabled: enabled && engine !== 'unavailable',
  });
}
