/**
 * The archive endpoint's failures in plain words, on the error shapes dockerode produces for a
 * streamed request (no parsed JSON: the Engine's text is in the message after dockerode's prefix).
 */
import { describe, expect, it } from 'vitest';
import { explainArchiveFailure, streamFailure } from '../../electron/engine/containerFiles/archiveRequest';
import { EngineConnection } from '../../electron/engine/connection';
import { GantryError } from '../../electron/shared/errors';

/** As docker-modem builds it for a non-2xx answer to a stream request. */
function modemError(statusCode: number, reason: string, engineText: string) {
  return Object.assign(new Error(`(HTTP code ${statusCode}) ${reason} - ${engineText} `), {
    statusCode,
    reason,
    json: null,
  });
}

describe('explainArchiveFailure', () => {
  it('says a missing path is missing, naming the path and the container', () => {
    const error = modemError(404, 'no such container', 'Could not find the file /nope in container web-1');
    expect(explainArchiveFailure(error, 'web-1', '/nope')).toEqual(
      new GantryError('NOT_FOUND', '/nope does not exist in container web-1.'),
    );
  });

  it("uses the caller's words when it has some", () => {
    const error = modemError(404, 'no such container', 'Could not find the file /l/. in container web-1');
    const words = { missing: () => new GantryError('NOT_FOUND', '/l is a symbolic link to /nowhere…') };
    expect(explainArchiveFailure(error, 'web-1', '/l/.', words)).toEqual(words.missing());
  });

  it('keeps the host folder in the Engine\'s "not a directory" out of the answer', () => {
    const error = modemError(
      500,
      'server error',
      'lstat /var/lib/docker/overlay2/6d89/merged/etc/passwd/x: not a directory',
    );
    const explained = explainArchiveFailure(error, 'a'.repeat(64), '/etc/passwd/x') as GantryError;
    expect(explained.code).toBe('NOT_FOUND');
    expect(explained.message).toBe(
      `/etc/passwd/x does not exist in container ${'a'.repeat(12)}: a part of that path is a file, not a folder.`,
    );
    expect(explained.message).not.toContain('overlay2');
  });

  it('passes a missing container and other failures on unchanged, for engine.call to map', () => {
    const container = modemError(404, 'no such container', 'No such container: web-1');
    expect(explainArchiveFailure(container, 'web-1', '/etc')).toBe(container);
    const other = modemError(500, 'server error', 'something else');
    expect(explainArchiveFailure(other, 'web-1', '/etc')).toBe(other);
  });
});

describe('streamFailure', () => {
  const engine = new EngineConnection({ DOCKER_HOST: 'unix:///tmp/gantry-test-none.sock' });

  it('names what was being read when the archive breaks half-way', () => {
    expect(streamFailure(engine, 'web-1', '/etc', new Error('the Engine stopped sending the archive'))).toEqual(
      new GantryError(
        'ENGINE_ERROR',
        'Reading /etc from container web-1 stopped: the Engine stopped sending the archive',
      ),
    );
  });

  it('says a lost connection as every Engine call does', () => {
    const lost = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    expect(streamFailure(engine, 'web-1', '/etc', lost).code).toBe('ENGINE_UNAVAILABLE');
  });

  it('keeps an answer already in plain words', () => {
    const plain = new GantryError('BAD_INPUT', '/etc is a folder, not a file.');
    expect(streamFailure(engine, 'web-1', '/etc', plain)).toBe(plain);
  });
});
