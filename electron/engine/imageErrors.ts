/**
 * Plain words for the Engine's image conflicts. Its 409 texts name containers and images by short
 * ID ("conflict: unable to delete 1a2b (must be forced) - image is being used by stopped container
 * 3c4d"); people know them by name. Pure: the caller passes the containers and images it knows.
 */
import type { ContainerSummary, ImageNameRef } from '../shared/dto';
import { GantryError } from '../shared/errors';

export function containerWords(container: Pick<ContainerSummary, 'name' | 'state'>): string {
  return `container ${container.name} (${container.state})`;
}

/** "container a (running), container b (exited)" */
export function listContainers(containers: readonly Pick<ContainerSummary, 'name' | 'state'>[]): string {
  return containers.map(containerWords).join(', ');
}

function findContainer(shortId: string, containers: readonly ContainerSummary[]): ContainerSummary | undefined {
  return containers.find((container) => container.id.startsWith(shortId));
}

const USED_BY = /image is being used by (running|stopped) container ([0-9a-f]+)/;
const REFERENCE_IN_USE =
  /unable to remove repository reference "([^"]+)" \(must force\) - container ([0-9a-f]+) is using/;
const CHILDREN = /image has dependent child images/;
const SEVERAL_TAGS = /image is referenced in multiple repositories/;

/**
 * Rewrites a CONFLICT from an image removal or untag. `image` is how the message names the image
 * (a tag or short ID); `children` are the images built on it, when known. Other errors pass as they are.
 */
export function explainImageConflict(
  error: unknown,
  image: string,
  containers: readonly ContainerSummary[],
  children: readonly ImageNameRef[] = [],
): unknown {
  if (!(error instanceof GantryError) || error.code !== 'CONFLICT') return error;
  const engine = error.message;
  const used = USED_BY.exec(engine);
  if (used) {
    const container = findContainer(used[2]!, containers);
    const who = container ? containerWords(container) : `${used[1]} container ${used[2]}`;
    const what =
      used[1] === 'running'
        ? 'stop and remove it first (the Engine refuses even a forced removal while it runs)'
        : 'remove it first, or force';
    return new GantryError('CONFLICT', `image ${image} is used by ${who} — ${what}.`);
  }
  const reference = REFERENCE_IN_USE.exec(engine);
  if (reference) {
    const container = findContainer(reference[2]!, containers);
    const who = container ? containerWords(container) : `container ${reference[2]}`;
    return new GantryError(
      'CONFLICT',
      `${reference[1]} is the last tag of an image ${who} uses; the Engine keeps an image in use from losing its name. Tag it another way first, or remove the container.`,
    );
  }
  if (CHILDREN.test(engine)) {
    const names = children.length > 0 ? ` (${children.map((child) => child.name).join(', ')})` : '';
    return new GantryError(
      'CONFLICT',
      `other images were built on image ${image}${names}; remove them first — the Engine refuses to remove an image others depend on, even forced.`,
    );
  }
  if (SEVERAL_TAGS.test(engine)) {
    return new GantryError(
      'CONFLICT',
      `image ${image} has several tags; removing it takes all of them — force to go ahead.`,
    );
  }
  return error;
}
