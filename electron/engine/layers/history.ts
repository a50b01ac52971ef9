/**
 * The image config's build history → which step created which layer. Pure.
 *
 * Each history step without `empty_layer` made the next layer of rootfs.diff_ids, in order: this
 * is exact, where the Engine's /history endpoint only guesses by matching sizes.
 */
import type { HistoryStep } from '../../shared/dto';

export interface ConfigHistoryItem {
  created?: string;
  created_by?: string;
  comment?: string;
  empty_layer?: boolean;
}

export function mapHistory(
  history: ConfigHistoryItem[] | undefined,
  layerCount: number,
): { steps: HistoryStep[]; layerHistory: (number | null)[] } {
  const layerHistory: (number | null)[] = Array.from({ length: layerCount }, () => null);
  let next = 0;
  const steps = (history ?? []).map((item, index): HistoryStep => {
    const emptyLayer = item.empty_layer === true;
    let layer: number | null = null;
    if (!emptyLayer && next < layerCount) {
      layer = next++;
      layerHistory[layer] = index;
    }
    const step: HistoryStep = { index, createdBy: item.created_by ?? '', emptyLayer, layer };
    if (item.created) step.created = item.created;
    if (item.comment) step.comment = item.comment;
    return step;
  });
  return { steps, layerHistory };
}

/**
 * A display form of a step's command: the legacy builder's "/bin/sh -c #(nop) " prefix (metadata
 * steps) and "/bin/sh -c " (RUN) dropped, whitespace collapsed.
 */
export function shortCreatedBy(createdBy: string): string {
  const nop = /^\/bin\/sh -c #\(nop\)\s*/.exec(createdBy);
  if (nop) return createdBy.slice(nop[0].length).replace(/\s+/g, ' ').trim();
  return createdBy
    .replace(/^\/bin\/sh -c /, 'RUN ')
    .replace(/\s+/g, ' ')
    .trim();
}
