import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { EngineStatus } from '../../../../electron/shared/dto';
import { queryKeys } from '../../lib/queryKeys';
import { firstScreenQuery } from '../../lib/initialRequests';
import { transportStatus, type TransportState } from '../../lib/transport';

export function useEngineStatus() {
  return useQuery({
    queryKey: queryKeys.engineStatus,
    ...firstScreenQuery('engine.status', {}),
  });
}

export function useTransportState(): TransportState {
  return useSyncExternalStore(transportStatus.subscribe, transportStatus.get);
}

export type Connection = 'connecting' | 'connected' | 'reconnecting' | 'unavailable';

/** One word for the top bar: transport first (a dropped socket), then the Engine's own state. */
export function useConnection(): { connection: Connection; status: EngineStatus | undefined } {
  const transport = useTransportState();
  const { data: status, isError } = useEngineStatus();
  if (transport === 'reconnecting') return { connection: 'reconnecting', status };
  if (status?.state === 'unavailable') return { connection: 'unavailable', status };
  if (status?.state === 'connected') return { connection: 'connected', status };
  return { connection: isError ? 'unavailable' : 'connecting', status };
}
