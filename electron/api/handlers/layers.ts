/** Layer index channels: index an image (a task), then browse, search and read its layers from the index. */
import { layerFileContent } from '../../engine/layers/fileContent';
import { layerFiles } from '../../engine/layers/layerQueries';
import { searchChanges } from '../../engine/layers/search';
import { followTask } from '../../engine/tasks';
import type { InvokeHandlers, StreamHandlers } from '../router';
import type { EngineScope } from '../scope';

const DEFAULT_SEARCH_LIMIT = 500;

export function layerInvokeHandlers(
  scope: EngineScope,
): Pick<InvokeHandlers, 'layers.files' | 'layers.search' | 'layers.file'> {
  return {
    'layers.files': async ({ imageId, layer, view, offset, limit }) =>
      layerFiles(await scope.layers.indexed(imageId), layer, view, offset, limit),
    'layers.search': async ({ imageId, pattern, limit }) =>
      searchChanges((await scope.layers.indexed(imageId)).changes, pattern, limit ?? DEFAULT_SEARCH_LIMIT),
    'layers.file': async ({ imageId, layer, path, purpose }) =>
      layerFileContent(scope.layers, await scope.layers.indexed(imageId), layer, path, purpose),
  };
}

export function layerStreamHandlers(scope: EngineScope): Pick<StreamHandlers, 'layers.index'> {
  return {
    'layers.index': async ({ imageId }, emit, signal) => {
      const cached = await scope.layers.cached(imageId);
      if (cached) return emit({ kind: 'done', summary: cached.summary, cached: true });
      if (signal.aborted) return;
      // Attach to the run for this image (started now, or by another page); closing detaches,
      // and the last one to go cancels it.
      await followTask(scope.layers.task(imageId), signal, {
        progress: (progress) => emit({ kind: 'progress', ...progress } as Parameters<typeof emit>[0]),
        done: (index) => emit({ kind: 'done', summary: index.summary, cached: false }),
      });
    },
  };
}
