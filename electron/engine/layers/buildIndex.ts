/**
 * A resolved image → its layer index: per-layer changes, figures, waste and the history mapping.
 * Pure; the index is what is cached and what the layer channels answer from.
 */
import type { LayerFileRow, LayerIndexSummary, LayerSummary } from '../../shared/dto';
import { computeChanges } from './changes';
import { layerFigures, sumFigures, wasteFigures } from './figures';
import { mapHistory } from './history';
import type { ResolvedImage } from './resolveImage';

export interface LayerIndex {
  summary: LayerIndexSummary;
  /** Per layer, its changes sorted by path. */
  changes: LayerFileRow[][];
  /** Per layer, where its blob sits in the export (to read one file again). */
  archivePaths: string[];
}

export function buildIndex(imageId: string, image: ResolvedImage): LayerIndex {
  const { changes, final } = computeChanges(image.layers.map((layer) => layer.raw));
  const waste = wasteFigures(changes, final);
  const { steps, layerHistory } = mapHistory(image.config.history, image.layers.length);
  const layers = image.layers.map((layer, index): LayerSummary => {
    const rows = changes[index]!;
    const historyIndex = layerHistory[index] ?? null;
    return {
      index,
      diffId: layer.diffId,
      digest: layer.digest,
      compression: layer.compression,
      archiveBytes: layer.archiveBytes,
      size: rows.reduce((sum, row) => sum + (row.kind === 'removed' ? 0 : row.size), 0),
      entryCount: rows.length,
      figures: layerFigures(rows),
      wastedBytes: waste.layerWaste[index]!,
      historyIndex,
      createdBy: historyIndex === null ? null : steps[historyIndex]!.createdBy,
    };
  });
  return {
    summary: {
      imageId,
      layout: image.layout,
      layers,
      history: steps,
      totals: sumFigures(layers.map((layer) => layer.figures)),
      storedBytes: waste.storedBytes,
      keptBytes: waste.keptBytes,
      wastedBytes: waste.wastedBytes,
      efficiency: waste.efficiency,
      topWaste: waste.topWaste,
    },
    changes,
    archivePaths: image.layers.map((layer) => layer.archivePath),
  };
}
