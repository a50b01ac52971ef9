/**
 * The layer index of one engine's images: answered from the cache when the image was indexed
 * before, otherwise by one run of reading the image's export, kept in the scope's task registry
 * so a second page asking for the same image attaches to that run. Reading one file's content
 * re-reads the export only as far as that file.
 */
import type { LayerIndexEvent } from '../../shared/dto';
import { GantryError } from '../../shared/errors';
import type { EngineConnection } from '../connection';
import { mapEngineError } from '../errors';
import type { RunningTask, TaskRegistry } from '../tasks';
import { BadArchiveError, readImageArchive } from './archiveReader';
import { buildIndex, type LayerIndex } from './buildIndex';
import { openImageExport } from './imageExport';
import type { LayerIndexCache } from './indexCache';
import { resolveImage } from './resolveImage';

/** Progress at most this often: the renderer redraws a bar, not every 64 KiB chunk. */
const PROGRESS_EVERY_MS = 100;

export const shortImageId = (imageId: string) => imageId.replace(/^sha256:/, '').slice(0, 12);
const subjectOf = (imageId: string) => `image ${shortImageId(imageId)}`;

type Progress = Extract<LayerIndexEvent, { kind: 'progress' }>;

export class LayerIndexer {
  constructor(
    private readonly engine: EngineConnection,
    private readonly tasks: TaskRegistry,
    private readonly cache: LayerIndexCache,
  ) {}

  /** The cached index, or null (no Engine request). */
  cached(imageId: string): Promise<LayerIndex | null> {
    return this.cache.get(imageId);
  }

  /** The cached index, or CONFLICT saying to index the image first. */
  async indexed(imageId: string): Promise<LayerIndex> {
    const index = await this.cache.get(imageId);
    if (!index) {
      throw new GantryError(
        'CONFLICT',
        `The layers of ${subjectOf(imageId)} are not indexed yet. Open its layer index first (this reads the image once).`,
      );
    }
    return index;
  }

  /** The running index task for the image, started when there is none. */
  task(imageId: string): RunningTask<LayerIndex> {
    return this.tasks.start(
      `layers.index:${imageId}`,
      'layers.index',
      `Indexing layers of ${subjectOf(imageId)}`,
      (report, signal) => this.run(imageId, (progress) => report(progress), signal),
    );
  }

  /** The export of the image, mapped errors included, for readers of one file. */
  async export(imageId: string, signal: AbortSignal) {
    const docker = await this.engine.docker();
    try {
      return await openImageExport(docker, imageId, signal);
    } catch (error) {
      throw mapEngineError(error, this.engine.address(), subjectOf(imageId));
    }
  }

  private async run(imageId: string, report: (progress: Progress) => void, signal: AbortSignal): Promise<LayerIndex> {
    const subject = subjectOf(imageId);
    const inspect = await this.engine.call(subject, (docker) => docker.getImage(imageId).inspect());
    const total = inspect.Size;
    report({ kind: 'progress', phase: 'reading', done: 0, total, message: `Reading ${subject}` });
    let last = 0;
    try {
      const input = await this.export(imageId, signal);
      const contents = await readImageArchive(input, {
        onBytes: (bytes) => {
          const now = Date.now();
          if (now - last < PROGRESS_EVERY_MS) return;
          last = now;
          report({
            kind: 'progress',
            phase: 'reading',
            done: Math.min(bytes, total),
            total,
            message: `Reading ${subject}`,
          });
        },
      });
      if (signal.aborted) throw new GantryError('CONFLICT', 'Indexing was cancelled.');
      report({ kind: 'progress', phase: 'indexing', done: total, total, message: `Indexing ${subject}` });
      const index = buildIndex(inspect.Id, resolveImage(contents, inspect.Id));
      await this.cache.put(index);
      return index;
    } catch (error) {
      if (signal.aborted) throw new GantryError('CONFLICT', 'Indexing was cancelled.');
      throw await this.explainFailure(imageId, error);
    }
  }

  /**
   * An export that fails half-way is, most often, an image removed while it was read — the
   * Engine then says "failed to get digest … no such file" (HTTP 500), or the archive breaks off.
   * So ask again whether the image is there before choosing the words.
   */
  private async explainFailure(imageId: string, error: unknown): Promise<GantryError> {
    const subject = subjectOf(imageId);
    const stillThere = await this.engine
      .call(subject, (docker) => docker.getImage(imageId).inspect())
      .then(
        () => true,
        (inspectError: unknown) => !(inspectError instanceof GantryError && inspectError.code === 'NOT_FOUND'),
      );
    if (!stillThere) {
      return new GantryError('NOT_FOUND', `The ${subject} was removed while its layers were being read.`);
    }
    if (error instanceof BadArchiveError) {
      return new GantryError('ENGINE_ERROR', `Could not read the layers of ${subject}: ${error.message}.`);
    }
    return mapEngineError(error, this.engine.address(), subject);
  }
}
