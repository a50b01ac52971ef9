/**
 * The Engine's export of one image (GET /images/{id}/get, what `docker save` reads), as a stream
 * that `signal` aborts at any point — before the answer, or half-way through the body.
 * dockerode's image.get() takes no signal, so the request goes through its modem directly.
 */
import type { Readable } from 'node:stream';
import type Docker from 'dockerode';

export function openImageExport(docker: Docker, imageId: string, signal: AbortSignal): Promise<Readable> {
  return new Promise((resolve, reject) => {
    (
      docker.modem as { dial: (options: object, callback: (error: Error | null, stream: Readable) => void) => void }
    ).dial(
      {
        path: `/images/${encodeURIComponent(imageId)}/get`,
        method: 'GET',
        isStream: true,
        abortSignal: signal,
        statusCodes: { 200: true, 404: 'no such image', 500: 'server error' },
      },
      (error, stream) => (error ? reject(error) : resolve(stream)),
    );
  });
}
