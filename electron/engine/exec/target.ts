/**
 * Where a terminal runs: the container must be running (not paused), and the command is the
 * caller's, or the container's shell — bash when it has one, else sh — found by a stat of the
 * path through the archive endpoint, so that nothing runs in the container just to look.
 */
import type { EngineConnection } from '../connection';
import { statPath } from '../containerFiles/archiveRequest';
import { GantryError } from '../../shared/errors';

export interface ExecTarget {
  id: string;
  /** Without the leading slash, as people know it. */
  name: string;
  cmd: string[];
}

/** Tried in order; the first one present is the default command. */
export const SHELLS = ['/bin/bash', '/usr/bin/bash', '/bin/sh'] as const;

interface Inspected {
  Id: string;
  Name: string;
  State?: { Running?: boolean; Paused?: boolean; Restarting?: boolean };
}

export async function execTarget(engine: EngineConnection, ref: string, cmd?: string[]): Promise<ExecTarget> {
  const info = (await engine.call(`container ${ref}`, (docker) =>
    docker.getContainer(ref).inspect(),
  )) as unknown as Inspected;
  const name = info.Name.replace(/^\//, '');
  if (info.State?.Paused) {
    throw new GantryError('CONFLICT', `The container ${name} is paused. Unpause it to open a terminal.`);
  }
  if (!info.State?.Running || info.State.Restarting) {
    throw new GantryError('CONFLICT', `The container ${name} is not running. Start it to open a terminal.`);
  }
  return { id: info.Id, name, cmd: cmd ?? (await defaultShell(engine, info.Id, name)) };
}

async function defaultShell(engine: EngineConnection, id: string, name: string): Promise<string[]> {
  for (const shell of SHELLS) {
    const stat = await engine.call(`container ${name}`, (docker) => statPath(docker, id, shell));
    if (stat) return [shell];
  }
  throw new GantryError(
    'NOT_FOUND',
    `No shell in this container: /bin/sh not found in ${name}. Choose a command the image has (Custom).`,
  );
}
