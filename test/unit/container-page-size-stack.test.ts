import { describe, expect, it } from 'vitest';
import { shareText, sizeStack } from '../../renderer/src/features/containerPage/sizeStack';

describe('size stack', () => {
  it('splits the height by bytes: the image below, the writable layer on top', () => {
    const stack = sizeStack({ sizeRw: 25_000_000, sizeRootFs: 100_000_000 }, 200);
    expect(stack).toMatchObject({
      imageBytes: 75_000_000,
      writableBytes: 25_000_000,
      totalBytes: 100_000_000,
      writableHeight: 50,
      imageHeight: 150,
      writableShare: 0.25,
    });
  });

  it('keeps a tiny writable layer visible, and an empty one as a line', () => {
    const tiny = sizeStack({ sizeRw: 12, sizeRootFs: 5_000_000 }, 200, 6);
    expect(tiny.writableHeight).toBe(6);
    expect(tiny.imageHeight).toBe(194);
    expect(tiny.writableBytes).toBe(12);
    expect(sizeStack({ sizeRw: 0, sizeRootFs: 5_000_000 }, 200, 6).writableHeight).toBe(6);
  });

  it('keeps the image visible when the writable layer is nearly everything', () => {
    const big = sizeStack({ sizeRw: 999_999, sizeRootFs: 1_000_000 }, 200, 6);
    expect(big.imageHeight).toBe(6);
    expect(big.writableHeight).toBe(194);
  });

  it('a container on an empty image is all writable layer; odd Engine answers do not go negative', () => {
    expect(sizeStack({ sizeRw: 100, sizeRootFs: 100 }, 200)).toMatchObject({ imageHeight: 0, writableHeight: 200 });
    expect(sizeStack({ sizeRw: 100, sizeRootFs: 50 }, 200)).toMatchObject({ imageBytes: 0, totalBytes: 100 });
  });

  it('words the share', () => {
    expect(shareText(0)).toBe('0%');
    expect(shareText(0.00001)).toBe('<0.1%');
    expect(shareText(0.034)).toBe('3.4%');
    expect(shareText(0.42)).toBe('42%');
  });
});
