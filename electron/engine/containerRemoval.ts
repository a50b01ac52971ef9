/**
 * Removing a container (docker rm, optionally with its anonymous volumes) and committing one to a
 * new image (docker commit). Refusals say what to do next, with the Engine's own words.
 */
import type { ContainerCommitResult, ContainerRemoveResult } from '../shared/dto';
import { GantryError } from '../shared/errors';
import { statusOf, wordsOf } from './containerActions';
import { anonymousVolumeNames } from './containerDetail';
import type { EngineConnection } from './connection';
import { containerSubject } from './containers';

const STILL_ACTIVE = /cannot remove a (running|paused|restarting) container/i;

export async function removeContainer(
  engine: EngineConnection,
  input: { id: string; force: boolean; volumes: boolean },
): Promise<ContainerRemoveResult> {
  const subject = containerSubject(input.id);
  return engine.call(subject, async (docker) => {
    const container = docker.getContainer(input.id);
    // Read before removal: afterwards the container, and with it the list of its mounts, is gone.
    const anonymous = input.volumes ? anonymousVolumeNames(await container.inspect()) : [];
    try {
      await container.remove({ force: input.force, v: input.volumes });
    } catch (error) {
      const active = statusOf(error) === 409 ? STILL_ACTIVE.exec(wordsOf(error)) : null;
      if (!active) throw error;
      throw new GantryError(
        'CONFLICT',
        `The ${subject} is ${active[1]!.toLowerCase()}: stop it first, or use Force to remove it anyway. (Engine: ${wordsOf(error)})`,
      );
    }
    // The Engine keeps an anonymous volume another container still uses, without saying so:
    // report only the ones that are really gone.
    const removedVolumes: string[] = [];
    for (const name of anonymous) {
      try {
        await docker.getVolume(name).inspect();
      } catch (error) {
        if (statusOf(error) === 404) removedVolumes.push(name);
      }
    }
    return { id: input.id, removedVolumes };
  });
}

export interface CommitInput {
  id: string;
  repository?: string;
  tag?: string;
  message?: string;
  author?: string;
  pause?: boolean;
}

export async function commitContainer(engine: EngineConnection, input: CommitInput): Promise<ContainerCommitResult> {
  const options: Record<string, string | boolean> = {};
  if (input.repository !== undefined) options['repo'] = input.repository;
  if (input.tag !== undefined) options['tag'] = input.tag;
  if (input.message !== undefined) options['comment'] = input.message;
  if (input.author !== undefined) options['author'] = input.author;
  if (input.pause !== undefined) options['pause'] = input.pause;
  const answer = (await engine.call(containerSubject(input.id), (docker) =>
    docker.getContainer(input.id).commit(options),
  )) as { Id?: string };
  const id = answer.Id ?? '';
  return {
    imageId: id.startsWith('sha256:') ? id : `sha256:${id}`,
    ...(input.repository !== undefined ? { reference: `${input.repository}:${input.tag ?? 'latest'}` } : {}),
  };
}
