/**
 * What one Engine event does to the query cache. Container events replace, add or remove one row
 * (never a refetch of the list); the rest refresh what they touch, debounced.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ContainerSummary, EngineEvent } from '../../../electron/shared/dto';
import { applyContainerEvent } from '../lib/containersCache';
import { queryKeys } from '../lib/queryKeys';

export interface Refreshers {
  /** Images, debounced ~100 ms (image events). */
  imagesSoon(): void;
  /** Images, debounced ~300 ms (container create/destroy changes their usage counts). */
  imagesLater(): void;
  /** The container list, debounced: an event raced a list request that may predate it. */
  containers(): void;
}

export function handleEngineEvent(client: QueryClient, event: EngineEvent, refresh: Refreshers) {
  if (event.kind === 'container') {
    if (client.getQueryState(queryKeys.containers)?.fetchStatus === 'fetching') refresh.containers();
    let membershipChanged = false;
    client.setQueryData<ContainerSummary[]>(queryKeys.containers, (list) => {
      const change = applyContainerEvent(list, event.id, event.container);
      membershipChanged = change.membershipChanged;
      return change.list;
    });
    if (membershipChanged || event.action === 'create' || event.action === 'destroy') refresh.imagesLater();
  } else if (event.kind === 'image') {
    refresh.imagesSoon();
  } else {
    client.setQueryData(queryKeys.engineStatus, event.status);
  }
}
