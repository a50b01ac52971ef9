/** `docker top`: the processes of a running container, as the Engine's ps gives them. */
import type { ContainerProcesses } from '../shared/dto';
import { GantryError } from '../shared/errors';
import { statusOf, wordsOf } from './containerActions';
import type { EngineConnection } from './connection';
import { containerSubject } from './containers';

export async function containerProcesses(engine: EngineConnection, id: string): Promise<ContainerProcesses> {
  const subject = containerSubject(id);
  const top = await engine.call(subject, async (docker) => {
    try {
      return (await docker.getContainer(id).top()) as { Titles?: string[] | null; Processes?: string[][] | null };
    } catch (error) {
      if (statusOf(error) === 409 && /is not running/i.test(wordsOf(error))) {
        throw new GantryError(
          'CONFLICT',
          `The ${subject} is not running, so it has no processes to list. Start it first. (Engine: ${wordsOf(error)})`,
        );
      }
      throw error;
    }
  });
  return { titles: top.Titles ?? [], processes: top.Processes ?? [] };
}
