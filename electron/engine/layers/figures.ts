/**
 * The arithmetic of an index: per-layer change figures, waste and efficiency. Pure.
 *
 * Waste is counted per path: all the copies the layers stored, minus the copy the final image
 * shows. A path removed by the end keeps nothing, so all its copies are waste. (dive also counts
 * the kept copy of a path written more than once; we do not: that copy is used.)
 */
import type { ChangeFigures, LayerFileRow, WastedPath } from '../../shared/dto';
import type { MergedView } from './changes';

export function emptyFigures(): ChangeFigures {
  return { addedCount: 0, addedBytes: 0, modifiedCount: 0, modifiedBytes: 0, removedCount: 0, removedBytes: 0 };
}

export function layerFigures(changes: LayerFileRow[]): ChangeFigures {
  const figures = emptyFigures();
  for (const row of changes) {
    if (row.kind === 'added') {
      figures.addedCount++;
      figures.addedBytes += row.size;
    } else if (row.kind === 'modified') {
      if (row.relisted) continue;
      figures.modifiedCount++;
      figures.modifiedBytes += row.size;
    } else {
      figures.removedCount++;
      figures.removedBytes += row.size;
    }
  }
  return figures;
}

export function sumFigures(all: ChangeFigures[]): ChangeFigures {
  const total = emptyFigures();
  for (const figures of all) {
    for (const key of Object.keys(total) as (keyof ChangeFigures)[]) total[key] += figures[key];
  }
  return total;
}

export interface WasteFigures {
  storedBytes: number;
  keptBytes: number;
  wastedBytes: number;
  efficiency: number;
  /** Per layer: bytes it wrote that a later layer replaced or removed. */
  layerWaste: number[];
  topWaste: WastedPath[];
}

/** The final image keeps, for each visible path, exactly the copy of the layer that wrote it last. */
function isKept(row: LayerFileRow, final: Pick<MergedView, 'get'>): boolean {
  const visible = final.get(row.path);
  return visible !== undefined && visible.layer === row.layer;
}

export function wasteFigures(changes: LayerFileRow[][], final: Pick<MergedView, 'get'>, topCount = 50): WasteFigures {
  let storedBytes = 0;
  let keptBytes = 0;
  const layerWaste = changes.map(() => 0);
  const byPath = new Map<string, { wasted: number; layers: number[] }>();
  changes.forEach((rows, index) => {
    for (const row of rows) {
      if (row.kind === 'removed') continue; // a removal stores nothing
      storedBytes += row.size;
      let copies = byPath.get(row.path);
      if (!copies) byPath.set(row.path, (copies = { wasted: 0, layers: [] }));
      copies.layers.push(index);
      if (isKept(row, final)) {
        keptBytes += row.size;
      } else {
        copies.wasted += row.size;
        layerWaste[index]! += row.size;
      }
    }
  });
  const topWaste: WastedPath[] = [];
  for (const [path, copies] of byPath) {
    if (copies.wasted > 0) {
      topWaste.push({ path, wastedBytes: copies.wasted, layers: copies.layers, removed: !final.get(path) });
    }
  }
  topWaste.sort((a, b) => b.wastedBytes - a.wastedBytes || (a.path < b.path ? -1 : 1));
  return {
    storedBytes,
    keptBytes,
    wastedBytes: storedBytes - keptBytes,
    efficiency: storedBytes === 0 ? 1 : keptBytes / storedBytes,
    layerWaste,
    topWaste: topWaste.slice(0, topCount),
  };
}
