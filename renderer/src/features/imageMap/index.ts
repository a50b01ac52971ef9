/** The image map view and the types its props use. */
export { ImageMap, type ImageMapProps, type MapImage, type MapNode } from './ImageMap';
