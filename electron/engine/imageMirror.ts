/**
 * The image list, kept in the backend while the shared event feed is open: any image event (pull,
 * tag, untag, delete, load…) or connection change drops it, and the next list fetches it again.
 * Usage counts come from the container mirror, so an images refresh costs at most one Engine
 * request (GET /images/json) and usually none.
 */
import type { ImageSummary } from '../shared/dto';
import type { EngineConnection } from './connection';
import type { ContainerMirror } from './containerMirror';
import type { EngineEventFeed } from './eventFeed';
import { toImageSummaries, type EngineImage } from './mappers';

export class ImageMirror {
  private cached: EngineImage[] | null = null;
  /** Bumped by every event that may change the list: a fetch begun before it is not kept. */
  private generation = 0;
  private fetching: { generation: number; promise: Promise<EngineImage[]> } | null = null;

  constructor(
    private readonly engine: EngineConnection,
    private readonly feed: EngineEventFeed,
    private readonly containers: ContainerMirror,
  ) {
    const forget = () => {
      this.generation++;
      this.cached = null;
    };
    feed.onEvent((event) => {
      if (event.kind !== 'container') forget();
    });
    feed.onStreamClosed(forget);
  }

  /** Every tagged or dangling image, newest first, with how many containers use each. */
  async list(): Promise<ImageSummary[]> {
    const [images, containers] = await Promise.all([this.images(), this.containers.list()]);
    return toImageSummaries(
      images,
      containers.map((container) => container.imageId),
    );
  }

  private images(): Promise<EngineImage[]> {
    this.feed.start();
    if (this.cached) return Promise.resolve(this.cached);
    // Callers asking at the same moment share one request, never one begun before an event.
    if (this.fetching?.generation === this.generation) return this.fetching.promise;
    const generation = this.generation;
    const streamWasOpen = this.feed.connected;
    const promise = this.engine.call('images', (docker) => docker.listImages({ all: false }) as Promise<EngineImage[]>);
    this.fetching = { generation, promise };
    promise.then(
      (images) => {
        if (this.fetching?.promise === promise) this.fetching = null;
        // Kept only if no event could have been missed while it was on its way: the stream was open
        // when it was asked for, and nothing since (an event, the stream closing) bumped the generation.
        if (streamWasOpen && generation === this.generation) this.cached = images;
      },
      () => {
        if (this.fetching?.promise === promise) this.fetching = null;
      },
    );
    return promise;
  }
}
