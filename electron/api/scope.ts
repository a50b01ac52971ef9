/**
 * Everything the backend keeps for one engine: its connection, its event feed and the lists that
 * feed keeps current. Handlers receive the scope they act on, never a module-level engine, so that
 * many engines later means a map of scopes, not a rewrite.
 */
import path from 'node:path';
import { ContainerMirror } from '../engine/containerMirror';
import { EngineConnection } from '../engine/connection';
import { EngineEventFeed } from '../engine/eventFeed';
import { ImageLayerCache } from '../engine/imageLayerCache';
import { ImageMirror } from '../engine/imageMirror';
import { LayerIndexCache } from '../engine/layers/indexCache';
import { LayerIndexer } from '../engine/layers/layerIndexer';
import { TaskRegistry } from '../engine/tasks';

export interface EngineScope {
  engine: EngineConnection;
  feed: EngineEventFeed;
  containers: ContainerMirror;
  images: ImageMirror;
  /** Long operations running against this engine (layer indexing…), for re-attaching to them. */
  tasks: TaskRegistry;
  /** What is inside each image's layers (files, whiteouts, waste), indexed from its export. */
  layers: LayerIndexer;
  /** Every image's layer stack (RootFS, history) by image ID (immutable, so kept until the image is gone). */
  imageLayers: ImageLayerCache;
}

export interface ScopeOptions {
  /** How old the container mirror may be before a list also refreshes it in the background. */
  revalidateAfterMs?: number;
  /**
   * The app's data folder (Electron's userData, or $XDG_DATA_HOME/gantry for `serve`): the layer
   * index cache lives in its layer-index/ folder. Without one the cache is memory only — a caller
   * that names no folder (tests, tools) leaves nothing behind on disk.
   */
  dataDir?: string;
  /** Cap of the on-disk layer index cache, in bytes (default 256 MiB). */
  layerCacheBytes?: number;
}

export function createEngineScope(env: NodeJS.ProcessEnv, options: ScopeOptions = {}): EngineScope {
  const engine = new EngineConnection(env);
  const feed = new EngineEventFeed(engine);
  const containers = new ContainerMirror(engine, feed, options.revalidateAfterMs);
  const images = new ImageMirror(engine, feed, containers);
  const tasks = new TaskRegistry();
  const cache = new LayerIndexCache({
    dir: options.dataDir ? path.join(options.dataDir, 'layer-index') : undefined,
    maxBytes: options.layerCacheBytes,
  });
  const layers = new LayerIndexer(engine, tasks, cache);
  const imageLayers = new ImageLayerCache(engine);
  return { engine, feed, containers, images, tasks, layers, imageLayers };
}

/** Ends what the scope keeps open (the feed's Engine stream). */
export function disposeEngineScope(scope: EngineScope): void {
  scope.feed.stop();
}
