/**
 * Pure logic behind the removal dialogs: what a removal preview says in rows and words, and what
 * a run of removals came to. The dialogs only draw these.
 */
import type { ImageRemovePreview, ImageRemoveResult } from '../../../../electron/shared/dto';
import { formatSize, plural, shortId } from '../../lib/format';

/** How an image is named for people: its first tag, or "<none> 1a2b3c4d5e6f". */
export function imageLabel(image: { id: string; repoTags: readonly string[] }): string {
  return image.repoTags[0] ?? `<none> ${shortId(image.id)}`;
}

/** "frees 12.3MB", "frees about 12.3MB"; "frees nothing" while containers hold the layers. */
export function freedWords(bytes: number, approximate: boolean): string {
  if (bytes === 0 && !approximate) return 'frees nothing';
  return `frees ${approximate ? 'about ' : ''}${formatSize(bytes)}`;
}

/** The sentence about space: what goes, and what stays because other images share it. */
export function spaceSentence(preview: ImageRemovePreview): string {
  const frees = freedWords(preview.bytesFreed, preview.bytesFreedApproximate);
  const kept =
    preview.layersShared > 0
      ? `; ${plural(preview.layersShared, 'layer')} ${preview.layersShared === 1 ? 'stays' : 'stay'}, shared with other images or containers`
      : '';
  if (preview.layersFreed === 0) return `${capital(frees)} — no layer is this image's alone${kept}.`;
  return `${capital(frees)} — the ${plural(preview.layersFreed, 'layer')} no other image uses${kept}.`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where one previewed image stands in a removal. */
export type RemovalStatus =
  /** Goes with a plain confirm. */
  | 'ready'
  /** Needs the explicit force checkbox (containers use it, or several tags). */
  | 'needs-force'
  /** The Engine refuses it even forced. */
  | 'blocked';

export function removalStatus(preview: ImageRemovePreview): RemovalStatus {
  if (preview.blockedReason) return 'blocked';
  return preview.forceNeeded ? 'needs-force' : 'ready';
}

/** One row of the bulk dialog. */
export interface BulkRow {
  id: string;
  label: string;
  /** Every tag, sorted, as the preview gave them. */
  tags: string[];
  status: RemovalStatus;
  /** The space it frees, in words. */
  frees: string;
  /** Why it needs force or is blocked, in plain words. */
  why: string[];
  /** Whether it is removed when confirmed with `force` as chosen. */
  included: boolean;
}

export function bulkRows(previews: readonly ImageRemovePreview[], force: boolean): BulkRow[] {
  return previews.map((preview) => {
    const status = removalStatus(preview);
    return {
      id: preview.id,
      label: imageLabel(preview),
      tags: preview.repoTags,
      status,
      frees: freedWords(preview.bytesFreed, preview.bytesFreedApproximate),
      why: status === 'blocked' ? [preview.blockedReason ?? ''] : status === 'needs-force' ? preview.forceReasons : [],
      included: status === 'ready' || (status === 'needs-force' && force),
    };
  });
}

/** What the bulk confirm will do: which go, which are skipped, the space the ones that go free. */
export function bulkPlan(previews: readonly ImageRemovePreview[], force: boolean) {
  const rows = bulkRows(previews, force);
  const going = previews.filter((_, index) => rows[index]!.included);
  return {
    rows,
    going,
    skipped: rows.filter((row) => !row.included),
    needsForce: rows.some((row) => row.status === 'needs-force'),
    bytes: going.reduce((sum, preview) => sum + preview.bytesFreed, 0),
    approximate: going.some((preview) => preview.bytesFreedApproximate),
  };
}

/** One image's outcome in a bulk run. */
export type BulkOutcome =
  | { id: string; label: string; kind: 'removed'; result: ImageRemoveResult }
  | { id: string; label: string; kind: 'refused'; message: string }
  | { id: string; label: string; kind: 'skipped'; message: string };

export interface BulkSummary {
  removed: number;
  refused: number;
  skipped: number;
  bytes: number;
  approximate: boolean;
  /** "Removed 3 images — freed 12.3MB; 1 refused" */
  headline: string;
}

export function summarizeBulk(outcomes: readonly BulkOutcome[]): BulkSummary {
  let bytes = 0;
  let approximate = false;
  let removed = 0;
  let refused = 0;
  let skipped = 0;
  for (const outcome of outcomes) {
    if (outcome.kind === 'removed') {
      removed++;
      bytes += outcome.result.bytesFreed;
      approximate ||= outcome.result.bytesFreedApproximate;
    } else if (outcome.kind === 'refused') refused++;
    else skipped++;
  }
  const parts = [
    removed > 0
      ? `Removed ${plural(removed, 'image')} — freed ${approximate ? 'about ' : ''}${formatSize(bytes)}`
      : 'Nothing removed',
  ];
  if (refused > 0) parts.push(`${refused} refused`);
  if (skipped > 0) parts.push(`${skipped} skipped`);
  return { removed, refused, skipped, bytes, approximate, headline: parts.join('; ') };
}
