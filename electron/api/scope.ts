/**
 * Everything the backend keeps for one engine: its connection, its event feed and the lists that
 * feed keeps current. Handlers receive the scope they act on, never a module-level engine, so that
 * many engines later means a map of scopes, not a rewrite.
 */
import { ContainerMirror } from '../engine/containerMirror';
import { EngineConnection } from '../engine/connection';
import { EngineEventFeed } from '../engine/eventFeed';
import { ImageLayerCache } from '../engine/imageLayerCache';
import { ImageMirror } from '../engine/imageMirror';

export interface EngineScope {
  engine: EngineConnection;
  feed: EngineEventFeed;
  containers: ContainerMirror;
  images: ImageMirror;
  /** Every image's layers by image ID (immutable, so kept until the image is gone). */
  imageLayers: ImageLayerCache;
}

export interface ScopeOptions {
  /** How old the container mirror may be before a list also refreshes it in the background. */
  revalidateAfterMs?: number;
}

export function createEngineScope(env: NodeJS.ProcessEnv, options: ScopeOptions = {}): EngineScope {
  const engine = new EngineConnection(env);
  const feed = new EngineEventFeed(engine);
  const containers = new ContainerMirror(engine, feed, options.revalidateAfterMs);
  const images = new ImageMirror(engine, feed, containers);
  const imageLayers = new ImageLayerCache(engine);
  return { engine, feed, containers, images, imageLayers };
}

/** Ends what the scope keeps open (the feed's Engine stream). */
export function disposeEngineScope(scope: EngineScope): void {
  scope.feed.stop();
}
