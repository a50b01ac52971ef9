/** Answers from a layer index: a layer's rows in either view, and which copy of a path a layer shows. Pure. */
import type { LayerFileRow, LayerFilesResult, LayerFilesView } from '../../shared/dto';
import { GantryError } from '../../shared/errors';
import type { LayerIndex } from './buildIndex';
import { mergedAt } from './changes';

export const DEFAULT_FILES_LIMIT = 200_000;

export function checkLayer(index: LayerIndex, layer: number): void {
  const count = index.changes.length;
  if (layer >= count) {
    throw new GantryError(
      'BAD_INPUT',
      `The image has ${count} layer${count === 1 ? '' : 's'} (0 to ${count - 1}); there is no layer ${layer}.`,
    );
  }
}

export function layerFiles(
  index: LayerIndex,
  layer: number,
  view: LayerFilesView,
  offset = 0,
  limit = DEFAULT_FILES_LIMIT,
): LayerFilesResult {
  checkLayer(index, layer);
  const rows = view === 'changes' ? index.changes[layer]! : mergedAt(index.changes, layer);
  return {
    imageId: index.summary.imageId,
    layer,
    view,
    total: rows.length,
    offset,
    entries: rows.slice(offset, offset + limit),
  };
}

/** Binary search in a path-sorted change list. */
function findRow(rows: LayerFileRow[], path: string): LayerFileRow | undefined {
  let low = 0;
  let high = rows.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = rows[mid]!.path;
    if (at === path) return rows[mid];
    if (at < path) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

/**
 * The copy of `path` visible as of `layer`: the topmost layer at or below it that wrote or removed
 * it decides. NOT_FOUND when it is absent or removed there.
 */
export function visibleCopy(index: LayerIndex, layer: number, path: string): LayerFileRow {
  checkLayer(index, layer);
  for (let at = layer; at >= 0; at--) {
    const row = findRow(index.changes[at]!, path);
    if (!row) continue;
    if (row.kind === 'removed') {
      throw new GantryError(
        'NOT_FOUND',
        `/${path} was removed in layer ${at}, so it is not there as of layer ${layer}.`,
      );
    }
    return row;
  }
  throw new GantryError('NOT_FOUND', `There is no /${path} in the image as of layer ${layer}.`);
}
