/** What removing one tag does to its image, in plain words (pure: from the image's tags and users). */
import { plural } from '../../lib/format';

export type UntagConsequence =
  /** The image stays: other tags remain, or containers keep it. */
  | { kind: 'keeps-image'; sentence: string }
  /** The last tag of an image nothing uses: the image itself would go. */
  | { kind: 'removes-image'; sentence: string }
  /** The last tag of an image containers use: the Engine refuses. */
  | { kind: 'refused'; sentence: string };

export function untagConsequence(
  image: { repoTags: readonly string[]; containers: readonly { name: string; state: string }[] },
  tag: string,
): UntagConsequence {
  const others = image.repoTags.filter((other) => other !== tag);
  if (others.length > 0) {
    return {
      kind: 'keeps-image',
      sentence: `Removes the tag ${tag}. The image stays: it keeps its other ${others.length === 1 ? 'tag' : 'tags'} (${others.join(', ')}).`,
    };
  }
  const users = image.containers.map((container) => `${container.name} (${container.state})`).join(', ');
  if (image.containers.length > 0) {
    return {
      kind: 'refused',
      sentence: `${tag} is the image's last tag and ${plural(image.containers.length, 'container')} ${image.containers.length === 1 ? 'uses' : 'use'} it (${users}): the Engine keeps an image in use from losing its last name. Add another tag first, or remove the containers.`,
    };
  }
  return {
    kind: 'removes-image',
    sentence: `${tag} is the image's last tag and no container uses it: removing the tag removes the image itself.`,
  };
}
