/**
 * The container page's queries. The container itself lives under the 'containers' key, so a
 * reconnect's refresh reaches it. Engine events update the cached list row by row (app/
 * engineEvents.ts); the page watches its own row there and refetches the container when that row
 * changes or goes, so state changes made elsewhere (the CLI, another window) show at once.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { ContainerSummary } from '../../../../electron/shared/dto';
import { queryKeys } from '../../lib/queryKeys';
import { firstScreenQuery } from '../../lib/initialRequests';
import { api } from '../../lib/transport';
import { useEngineStatus } from '../engine/useEngineStatus';

export const containerPageKeys = {
  /** Every container detail (a prefix): the page may be keyed by a short ID or a name. */
  details: [...queryKeys.containers, 'detail'] as const,
  detail: (ref: string) => [...queryKeys.containers, 'detail', ref] as const,
  /** Everything else about one container (sizes, processes, files): not refreshed by list events. */
  all: (id: string) => ['containerPage', id] as const,
  size: (id: string) => ['containerPage', id, 'size'] as const,
  top: (id: string) => ['containerPage', id, 'top'] as const,
  changes: (id: string) => ['containerPage', id, 'changes'] as const,
  files: (id: string, path: string) => ['containerPage', id, 'files', path] as const,
  file: (id: string, path: string) => ['containerPage', id, 'file', path] as const,
};

/** The processes refresh this often while the Processes tab shows a running container. */
export const TOP_INTERVAL_MS = 2000;

export function useContainerDetail(ref: string) {
  const engine = useEngineStatus().data?.state;
  return useQuery({
    queryKey: containerPageKeys.detail(ref),
    queryFn: () => api.invoke('containers.inspect', { id: ref }),
    enabled: engine !== 'unavailable',
    retry: false,
  });
}

/** What of a list row means the container changed (state, health, name) or went ("gone"). */
function rowSignature(rows: ContainerSummary[] | undefined, id: string): string | null {
  if (!rows) return null;
  const row = rows.find((candidate) => candidate.id === id);
  return row ? `${row.state}|${row.status}|${row.name}|${row.health ?? ''}` : 'gone';
}

/** Refetches the container (and what depends on its state) when its list row changes. */
export function useFollowContainer(ref: string, id: string | undefined) {
  const client = useQueryClient();
  const engine = useEngineStatus().data?.state;
  // Observing the list keeps it cached and event-fed while the page is open.
  const list = useQuery({
    queryKey: queryKeys.containers,
    ...firstScreenQuery('containers.list', {}),
    enabled: engine !== 'unavailable',
    select: (rows: ContainerSummary[]) => (id ? rowSignature(rows, id) : null),
  });
  const signature = list.data ?? null;
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (signature === null) return;
    const previous = last.current;
    last.current = signature;
    if (previous === null || previous === signature) return;
    void client.invalidateQueries({ queryKey: containerPageKeys.detail(ref) });
  }, [client, ref, signature]);
}

export function useContainerSize(id: string) {
  return useQuery({
    queryKey: containerPageKeys.size(id),
    queryFn: () => api.invoke('containers.size', { id }),
    // Measured on request only (it walks the writable layer): never refreshed behind the person's back.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

export function useContainerTop(id: string, running: boolean) {
  return useQuery({
    queryKey: containerPageKeys.top(id),
    queryFn: () => api.invoke('containers.top', { id }),
    enabled: running,
    refetchInterval: running ? TOP_INTERVAL_MS : false,
    // A hidden window does not poll (TanStack's default, said here because it matters).
    refetchIntervalInBackground: false,
    retry: false,
  });
}

export function useContainerChanges(id: string) {
  return useQuery({
    queryKey: containerPageKeys.changes(id),
    queryFn: () => api.invoke('containers.changes', { id }),
    staleTime: 0,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

export function useContainerFiles(id: string, path: string) {
  return useQuery({
    queryKey: containerPageKeys.files(id, path),
    queryFn: () => api.invoke('containers.files', { id, path }),
    staleTime: 10_000,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

export function useContainerFile(id: string, path: string | null) {
  return useQuery({
    queryKey: containerPageKeys.file(id, path ?? ''),
    queryFn: () => api.invoke('containers.file', { id, path: path! }),
    enabled: path !== null,
    staleTime: 10_000,
    refetchOnWindowFocus: false,
    retry: false,
  });
}
