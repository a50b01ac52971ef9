/**
 * The size view's stack, to scale: the image's shared read-only layers below, the container's own
 * writable layer on top. A tiny writable layer (bytes against megabytes) still gets a visible
 * sliver; the exact bytes are printed beside it. Pure: container-page-size-stack.test.ts.
 */
import type { ContainerSize } from '../../../../electron/shared/dto';

export interface SizeStack {
  /** Bytes of the image under the container (sizeRootFs − sizeRw). */
  imageBytes: number;
  writableBytes: number;
  totalBytes: number;
  /** Pixel heights of the two blocks, summing to the stack's height. */
  imageHeight: number;
  writableHeight: number;
  /** The writable layer's share of the total, 0..1 (for the words, not the drawing). */
  writableShare: number;
}

export function sizeStack(size: Pick<ContainerSize, 'sizeRw' | 'sizeRootFs'>, height: number, minBlock = 6): SizeStack {
  const writableBytes = Math.max(0, size.sizeRw);
  const totalBytes = Math.max(writableBytes, size.sizeRootFs);
  const imageBytes = totalBytes - writableBytes;
  const writableShare = totalBytes > 0 ? writableBytes / totalBytes : 0;
  let writableHeight = Math.round(height * writableShare);
  // Each block that holds anything stays visible; an empty writable layer is still drawn as a line.
  writableHeight = Math.max(writableHeight, minBlock);
  if (imageBytes > 0) writableHeight = Math.min(writableHeight, height - minBlock);
  else writableHeight = height;
  return { imageBytes, writableBytes, totalBytes, imageHeight: height - writableHeight, writableHeight, writableShare };
}

/** "0.3%", "<0.1%", "42%". */
export function shareText(share: number): string {
  if (share <= 0) return '0%';
  if (share < 0.001) return '<0.1%';
  if (share < 0.1) return `${(share * 100).toFixed(1)}%`;
  return `${Math.round(share * 100)}%`;
}
