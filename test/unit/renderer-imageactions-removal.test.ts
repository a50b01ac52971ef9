import { describe, expect, it } from 'vitest';
import type { ImageRemovePreview, ImageRemoveResult } from '../../electron/shared/dto';
import {
  bulkPlan,
  freedWords,
  imageLabel,
  removalStatus,
  spaceSentence,
  summarizeBulk,
} from '../../renderer/src/features/imageActions/removal';

const ID = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;

function preview(n: number, change: Partial<ImageRemovePreview> = {}): ImageRemovePreview {
  return {
    id: ID(n),
    repoTags: [`app/${n}:1`],
    repoDigests: [],
    bytesFreed: 1_000_000 * n,
    bytesFreedApproximate: false,
    layersFreed: 1,
    layersShared: 2,
    containers: [],
    childImages: [],
    childImageCount: 0,
    forceNeeded: false,
    forceReasons: [],
    ...change,
  };
}

const result = (bytes: number, approximate = false): ImageRemoveResult => ({
  untagged: [],
  deleted: [],
  bytesFreed: bytes,
  bytesFreedApproximate: approximate,
  notes: [],
});

describe('words', () => {
  it('names an image by its first tag, or <none> and its short ID', () => {
    expect(imageLabel({ id: ID(1), repoTags: ['a:1', 'b:2'] })).toBe('a:1');
    expect(imageLabel({ id: ID(1), repoTags: [] })).toBe('<none> 111111111111');
  });
  it('says the space freed, approximate when flagged', () => {
    expect(freedWords(12_300_000, false)).toBe('frees 12.3MB');
    expect(freedWords(12_300_000, true)).toBe('frees about 12.3MB');
    expect(freedWords(0, false)).toBe('frees nothing');
  });
  it('notes the layers that stay', () => {
    expect(spaceSentence(preview(5))).toBe(
      'Frees 5MB — the 1 layer no other image uses; 2 layers stay, shared with other images or containers.',
    );
    expect(spaceSentence(preview(1, { layersFreed: 0, layersShared: 1, bytesFreed: 0 }))).toBe(
      "Frees nothing — no layer is this image's alone; 1 layer stays, shared with other images or containers.",
    );
  });
});

describe('bulk plan', () => {
  const ready = preview(1);
  const inUse = preview(2, { forceNeeded: true, forceReasons: ['used by container c (exited)'] });
  const blocked = preview(3, { forceNeeded: true, blockedReason: 'used by running container w' });

  it('classifies each preview', () => {
    expect([ready, inUse, blocked].map(removalStatus)).toEqual(['ready', 'needs-force', 'blocked']);
  });

  it('without force: only the ready ones go; the rest are skipped with their reasons', () => {
    const plan = bulkPlan([ready, inUse, blocked], false);
    expect(plan.going.map((p) => p.id)).toEqual([ID(1)]);
    expect(plan.skipped.map((row) => [row.id, row.status, row.why])).toEqual([
      [ID(2), 'needs-force', ['used by container c (exited)']],
      [ID(3), 'blocked', ['used by running container w']],
    ]);
    expect(plan.needsForce).toBe(true);
    expect(plan.bytes).toBe(1_000_000);
  });

  it('with force: the in-use one goes too, never the blocked one', () => {
    const plan = bulkPlan([ready, inUse, blocked], true);
    expect(plan.going.map((p) => p.id)).toEqual([ID(1), ID(2)]);
    expect(plan.rows.find((row) => row.id === ID(3))?.included).toBe(false);
    expect(plan.bytes).toBe(3_000_000);
  });

  it('approximate when any going preview is', () => {
    expect(bulkPlan([preview(1, { bytesFreedApproximate: true })], false).approximate).toBe(true);
  });
});

describe('bulk summary', () => {
  it('adds up what was freed and counts refusals and skips', () => {
    const summary = summarizeBulk([
      { id: ID(1), label: 'a', kind: 'removed', result: result(2_000_000) },
      { id: ID(2), label: 'b', kind: 'removed', result: result(500_000, true) },
      { id: ID(3), label: 'c', kind: 'refused', message: 'no' },
      { id: ID(4), label: 'd', kind: 'skipped', message: 'blocked' },
    ]);
    expect(summary).toMatchObject({ removed: 2, refused: 1, skipped: 1, bytes: 2_500_000, approximate: true });
    expect(summary.headline).toBe('Removed 2 images — freed about 2.5MB; 1 refused; 1 skipped');
  });
  it('nothing removed', () => {
    expect(summarizeBulk([{ id: ID(1), label: 'a', kind: 'refused', message: 'x' }]).headline).toBe(
      'Nothing removed; 1 refused',
    );
  });
});
