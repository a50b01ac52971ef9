/** Layer index channels: what is inside an image's layers (electron/engine/layers/). */
import { z } from 'zod';
import type { LayerFileContent, LayerFilesResult, LayerIndexEvent, LayerSearchResult } from '../dto';
import { invoke, stream } from './define';

/**
 * A full image ID, "sha256:" + 64 hex or the 64 hex alone; parsed to the "sha256:" form. Only IDs:
 * the index is keyed by content, and a name:tag can move to another image between two calls.
 */
export const fullImageId = z
  .string()
  .regex(/^(sha256:)?[a-f0-9]{64}$/, 'must be a full image ID (sha256: and 64 hex digits)')
  .transform((id) => (id.startsWith('sha256:') ? id : `sha256:${id}`));

/** Docker allows 127 layers; a little room beyond, and never a negative or fractional index. */
const layerNumber = z.number().int().min(0).max(1000);

/** A path inside an image, as the index lists it. Only ever compared with archive entries. */
const imagePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => !path.includes('\0'), 'must not contain NUL');

export const layersContract = {
  /** A task: progress events, then one 'done' with the summary (at once when cached). Close to cancel. */
  'layers.index': stream(z.object({ imageId: fullImageId }).strict()).emits<LayerIndexEvent>(),
  /** A layer's changes, or the image's filesystem as of that layer; path-sorted, flat. */
  'layers.files': invoke(
    z
      .object({
        imageId: fullImageId,
        layer: layerNumber,
        view: z.enum(['changes', 'merged']),
        offset: z.number().int().min(0).optional(),
        limit: z.number().int().min(1).max(200_000).optional(),
      })
      .strict(),
  ).returns<LayerFilesResult>(),
  /** Paths across all layers matching a substring or a glob (*, ?, **). */
  'layers.search': invoke(
    z
      .object({
        imageId: fullImageId,
        pattern: z
          .string()
          .min(1)
          .max(512)
          .refine((p) => !p.includes('\0'), 'must not contain NUL'),
        limit: z.number().int().min(1).max(5000).optional(),
      })
      .strict(),
  ).returns<LayerSearchResult>(),
  /** One regular file as it is in that layer: view (first MiB) or download (≤ 32 MiB, base64). */
  'layers.file': invoke(
    z
      .object({ imageId: fullImageId, layer: layerNumber, path: imagePath, purpose: z.enum(['view', 'download']) })
      .strict(),
  ).returns<LayerFileContent>(),
} as const;
