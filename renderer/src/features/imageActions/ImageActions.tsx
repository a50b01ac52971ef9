/**
 * The image page's actions (tag, untag, remove). Placeholder while the actions are being built on
 * a branch of their own: renders nothing, so the page compiles; it is replaced before this lands.
 */
import type { ImageDetail } from '../../../../electron/shared/dto';

export function ImageActions(_props: { image: ImageDetail }) {
  return null;
}
