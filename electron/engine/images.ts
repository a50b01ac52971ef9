/** Image listing: two Engine requests per refresh (images + containers for usage counts), whatever the count. */
import type { ImageSummary } from '../shared/dto';
import type { EngineConnection } from './connection';
import { allContainersRaw } from './containers';
import { toImageSummaries } from './mappers';

export async function listImages(engine: EngineConnection): Promise<ImageSummary[]> {
  const [images, containers] = await Promise.all([
    engine.call('images', (docker) => docker.listImages({ all: false })),
    allContainersRaw(engine),
  ]);
  return toImageSummaries(images, containers);
}
