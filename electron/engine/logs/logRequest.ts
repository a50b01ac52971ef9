/**
 * The Engine side of a container's logs: which container (its ID, name, TTY and logging driver,
 * from one inspect) and the logs request itself, always as a stream so that neither a follow nor a
 * million-line download is ever held whole in memory.
 */
import type { IncomingMessage } from 'node:http';
import type { EngineConnection } from '../connection';
import { GantryError } from '../../shared/errors';
import { engineLogTime } from './logTime';

export interface LogTarget {
  id: string;
  /** Without the leading slash, as people know it. */
  name: string;
  /** A TTY container's output is one raw stream; the others are multiplexed stdout/stderr frames. */
  tty: boolean;
  driver: string;
}

export interface LogQuery {
  follow: boolean;
  tail?: number | 'all';
  since?: string | number;
  until?: string | number;
}

/** The Engine's answer (501) when the container's logging driver keeps nothing it can read back. */
const NOT_READABLE = 501;

function unreadable(target: Pick<LogTarget, 'name' | 'driver'>): GantryError {
  return new GantryError(
    'CONFLICT',
    `Docker keeps no logs for this container: its logging driver is '${target.driver}', which the Engine cannot read back. ` +
      `Read them where that driver sends them, or recreate ${target.name} with the json-file, local or journald driver.`,
  );
}

interface Inspected {
  Id: string;
  Name: string;
  Config?: { Tty?: boolean };
  HostConfig?: { LogConfig?: { Type?: string } };
}

export async function logTarget(engine: EngineConnection, ref: string): Promise<LogTarget> {
  const info = (await engine.call(`container ${ref}`, (docker) =>
    docker.getContainer(ref).inspect(),
  )) as unknown as Inspected;
  const target: LogTarget = {
    id: info.Id,
    name: info.Name.replace(/^\//, ''),
    tty: info.Config?.Tty === true,
    driver: info.HostConfig?.LogConfig?.Type || 'json-file',
  };
  // 'none' never has logs; other drivers may (the Engine's local cache), so the Engine decides.
  if (target.driver === 'none') throw unreadable(target);
  return target;
}

/** Opens `GET /containers/{id}/logs` with timestamps; aborting `signal` closes the connection. */
export async function openLogStream(
  engine: EngineConnection,
  target: LogTarget,
  query: LogQuery,
  signal?: AbortSignal,
): Promise<IncomingMessage> {
  const options: Record<string, unknown> = { follow: query.follow, stdout: true, stderr: true, timestamps: true };
  options.tail = query.tail ?? 'all';
  if (query.since !== undefined) options.since = engineLogTime(query.since);
  if (query.until !== undefined) options.until = engineLogTime(query.until);
  const response = await engine.call(
    `container ${target.name}`,
    (docker) =>
      // container.logs() buffers the whole answer unless it follows; dial with isStream never does.
      new Promise<IncomingMessage>((resolve, reject) =>
        docker.modem.dial(
          {
            path: `/containers/${target.id}/logs?`,
            method: 'GET',
            options,
            isStream: true,
            abortSignal: signal,
            statusCodes: { 200: true, 404: 'no such container', 500: 'server error' },
          },
          (error: (Error & { statusCode?: number }) | null, stream: unknown) => {
            if (!error) resolve(stream as IncomingMessage);
            else reject(error.statusCode === NOT_READABLE ? unreadable(target) : error);
          },
        ),
      ),
  );
  if (signal?.aborted) response.destroy();
  else signal?.addEventListener('abort', () => response.destroy(), { once: true });
  return response;
}
