/** Image channels: the list, one image seen from inside, the layer map, tags and removal. */
import { inspectImage } from '../../engine/imageDetail';
import { buildImageMap } from '../../engine/imageMap';
import { removalPreview, removeImage } from '../../engine/imageRemoval';
import { tagImage, untagImage } from '../../engine/imageTags';
import type { InvokeHandlers } from '../router';
import type { EngineScope } from '../scope';

type ImageChannels =
  | 'images.list'
  | 'images.inspect'
  | 'images.map'
  | 'images.tag'
  | 'images.untag'
  | 'images.removePreview'
  | 'images.remove';

export function imageInvokeHandlers(scope: EngineScope): Pick<InvokeHandlers, ImageChannels> {
  // Both lists come from the scope's mirrors: usually memory, at most one Engine request each.
  const lists = async () => {
    const [images, containers] = await Promise.all([scope.images.list(), scope.containers.list()]);
    return { images, containers };
  };
  return {
    'images.list': () => scope.images.list(),
    'images.inspect': ({ id }) => inspectImage(scope.engine, scope.imageLayers, id, lists),
    'images.map': async () => buildImageMap(await scope.imageLayers.layered(await scope.images.list())),
    'images.tag': (input) => tagImage(scope.engine, input),
    'images.untag': async (input) => untagImage(scope.engine, input, await scope.containers.list()),
    'images.removePreview': ({ id }) => removalPreview(scope.engine, scope.imageLayers, id, lists),
    'images.remove': (input) => removeImage(scope.engine, scope.imageLayers, input, lists),
  };
}
