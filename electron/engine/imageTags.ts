/**
 * Adding and removing one tag. Untagging goes through the Engine's DELETE /images/{repo:tag},
 * which deletes the image too when the tag was its last name and nothing uses it: that is a
 * removal, a different action, so it is refused unless asked for explicitly.
 */
import type { ContainerSummary, ImageTagResult, ImageUntagResult } from '../shared/dto';
import { GantryError } from '../shared/errors';
import type { EngineConnection } from './connection';
import { containersUsing, type EngineImageInspect } from './imageDetail';
import { imageSubject, inspectRaw, removeRaw } from './imageRequests';
import { explainImageConflict, listContainers } from './imageErrors';
import { shortId } from './layerChains';

function tagsOf(inspect: EngineImageInspect): string[] {
  return (inspect.RepoTags ?? []).filter((tag) => tag !== '<none>:<none>');
}

async function inspectOrNull(engine: EngineConnection, ref: string): Promise<EngineImageInspect | null> {
  try {
    return await engine.call(imageSubject(ref), (docker) => inspectRaw(docker, ref));
  } catch (error) {
    if ((error as { code?: string }).code === 'NOT_FOUND') return null;
    throw error;
  }
}

/**
 * `docker tag`, except that a tag already naming another image is not moved silently (that could
 * leave the other image without a name): it is refused, to be untagged first.
 */
export async function tagImage(
  engine: EngineConnection,
  input: { id: string; repository: string; tag: string },
): Promise<ImageTagResult> {
  const reference = `${input.repository}:${input.tag}`;
  const image = await engine.call(imageSubject(input.id), (docker) => inspectRaw(docker, input.id));
  const existing = await inspectOrNull(engine, reference);
  if (existing && existing.Id !== image.Id) {
    throw new GantryError(
      'CONFLICT',
      `${reference} already names another image (${shortId(existing.Id)}). Untag it there first, or choose another tag.`,
    );
  }
  await engine.call(imageSubject(input.id), (docker) =>
    docker.getImage(image.Id).tag({ repo: input.repository, tag: input.tag }),
  );
  const after = await engine.call(imageSubject(image.Id), (docker) => inspectRaw(docker, image.Id));
  return { id: after.Id, repoTags: tagsOf(after) };
}

export async function untagImage(
  engine: EngineConnection,
  input: { reference: string; alsoRemoveImage?: boolean },
  containers: readonly ContainerSummary[],
): Promise<ImageUntagResult> {
  const image = await engine.call(`tag ${input.reference}`, (docker) => inspectRaw(docker, input.reference));
  const tags = tagsOf(image);
  // The Engine resolves more than tags (IDs, digests); untag acts only on one of the image's own tags.
  if (!tags.includes(input.reference)) {
    throw new GantryError(
      'NOT_FOUND',
      `${input.reference} is not a tag of image ${shortId(image.Id)} (its tags: ${tags.join(', ') || 'none'}).`,
    );
  }
  const lastTag = tags.length <= 1;
  const users = containersUsing(image.Id, containers);
  if (lastTag && users.length > 0) {
    throw new GantryError(
      'CONFLICT',
      `${input.reference} is the last tag of image ${shortId(image.Id)}, which ${listContainers(users)} uses; the Engine keeps an image in use from losing its name. Tag it another way first, or remove the containers.`,
    );
  }
  if (lastTag && !input.alsoRemoveImage) {
    throw new GantryError(
      'CONFLICT',
      `${input.reference} is the last tag of image ${shortId(image.Id)} and no container uses it: removing the tag would delete the image. Use Remove to delete the image.`,
    );
  }
  const { untagged, deleted } = await engine
    .call(`tag ${input.reference}`, (docker) => removeRaw(docker, input.reference, { noprune: !lastTag }))
    .catch((error: unknown) => {
      throw explainImageConflict(error, input.reference, [...containers]);
    });
  return {
    untagged,
    deleted,
    imageRemains: !deleted.includes(image.Id),
  };
}
