/**
 * The image page's queries. The image itself lives under the images key, so the Engine events that
 * refresh the images list (tags, containers made or removed) refresh it too. What the layer index
 * answers never changes for an image ID (it is a content digest): cached, never refetched.
 */
import { useQuery } from '@tanstack/react-query';
import type { LayerFilesView } from '../../../../electron/shared/dto';
import { queryKeys } from '../../lib/queryKeys';
import { api } from '../../lib/transport';
import { useEngineStatus } from '../engine/useEngineStatus';

export const imagePageKeys = {
  /** The same key the image actions refresh and drop (lib/queryKeys.ts). */
  detail: queryKeys.imageDetail,
  files: (imageId: string, layer: number, view: LayerFilesView) =>
    ['layerIndex', imageId, 'files', layer, view] as const,
  search: (imageId: string, pattern: string) => ['layerIndex', imageId, 'search', pattern] as const,
  file: (imageId: string, layer: number, path: string) => ['layerIndex', imageId, 'file', layer, path] as const,
};

/** The layers.files answers asked at most (the channel's limit); more rows are counted, not shown. */
export const FILES_LIMIT = 200_000;
export const SEARCH_LIMIT = 1000;

export function useImageDetail(id: string) {
  const engine = useEngineStatus().data?.state;
  return useQuery({
    queryKey: imagePageKeys.detail(id),
    queryFn: () => api.invoke('images.inspect', { id }),
    enabled: engine !== 'unavailable',
    retry: false,
  });
}

const forever = { staleTime: Infinity, gcTime: 5 * 60_000, retry: false } as const;

export function useLayerFiles(imageId: string, layer: number | null, view: LayerFilesView) {
  return useQuery({
    queryKey: imagePageKeys.files(imageId, layer ?? -1, view),
    queryFn: () => api.invoke('layers.files', { imageId, layer: layer!, view, limit: FILES_LIMIT }),
    enabled: layer !== null,
    ...forever,
  });
}

export function useLayerSearch(imageId: string, pattern: string) {
  return useQuery({
    queryKey: imagePageKeys.search(imageId, pattern),
    queryFn: () => api.invoke('layers.search', { imageId, pattern, limit: SEARCH_LIMIT }),
    enabled: pattern !== '',
    ...forever,
  });
}

export function useLayerFile(imageId: string, target: { layer: number; path: string } | null) {
  return useQuery({
    queryKey: imagePageKeys.file(imageId, target?.layer ?? -1, target?.path ?? ''),
    queryFn: () => api.invoke('layers.file', { imageId, layer: target!.layer, path: target!.path, purpose: 'view' }),
    enabled: target !== null,
    ...forever,
  });
}
