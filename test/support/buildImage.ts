/**
 * Builds an image on a test engine with the Engine's legacy builder from a tar context (made in
 * memory, or streamed while it builds), failing on the build's own error line as well as on a
 * transport error. Shared by integration, e2e and bench.
 */
import type Docker from 'dockerode';
import type { Pack } from 'tar-stream';

export async function buildTagged(
  docker: Docker,
  tag: string,
  context: Buffer | NodeJS.ReadableStream | Pack,
): Promise<string> {
  const stream = await docker.buildImage(context as unknown as NodeJS.ReadableStream, {
    t: tag,
    rm: true,
    forcerm: true,
  });
  await new Promise<void>((resolve, reject) => {
    docker.modem.followProgress(stream, (error: Error | null, output: { error?: string }[] | undefined) => {
      const reason = error?.message ?? output?.find((line) => line.error)?.error;
      if (reason) reject(new Error(`build of ${tag} failed: ${reason}`));
      else resolve();
    });
  });
  return (await docker.getImage(tag).inspect()).Id;
}
