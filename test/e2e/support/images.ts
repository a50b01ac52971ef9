/**
 * Images a spec makes for itself on the seeded engine (FROM the seeded busybox, one COPY, with a
 * label naming the spec), so the seeded images stay as every other spec expects them.
 */
import type Docker from 'dockerode';
import { tarArchive } from '../../bench/tar';
import { buildTagged } from '../../support/buildImage';
import { SEED } from '../../support/fixtures';

/** Builds `tag` with the legacy builder; a file with `content` makes each build's ID its own. Returns the ID. */
export async function buildImage(docker: Docker, tag: string, content: string, label: string): Promise<string> {
  const dockerfile = `FROM ${SEED.images.busybox}\nCOPY note /note\nLABEL gantry.e2e="${label}"\n`;
  const context = tarArchive([
    { name: 'Dockerfile', body: Buffer.from(dockerfile) },
    { name: 'note', body: Buffer.from(content) },
  ]);
  return buildTagged(docker, tag, context);
}

/** Every image carrying our label (tagged or dangling). */
export async function labelledImages(docker: Docker, label: string): Promise<Docker.ImageInfo[]> {
  return docker.listImages({ filters: JSON.stringify({ label: [`gantry.e2e=${label}`] }) });
}

/** Removes every image with the label, and containers made from them; fine if already gone. */
export async function removeLabelled(docker: Docker, label: string): Promise<void> {
  const images = await labelledImages(docker, label);
  const ids = new Set(images.map((image) => image.Id));
  for (const container of await docker.listContainers({ all: true })) {
    if (ids.has(container.ImageID)) await docker.getContainer(container.Id).remove({ force: true });
  }
  for (const image of images) {
    await docker
      .getImage(image.Id)
      .remove({ force: true })
      .catch((error: { statusCode?: number }) => {
        if (error.statusCode !== 404) throw error;
      });
  }
}

export async function exists(docker: Docker, id: string): Promise<boolean> {
  return docker
    .getImage(id)
    .inspect()
    .then(
      () => true,
      () => false,
    );
}

export const short = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);
