/**
 * Lifecycle actions on one container, one Engine request each. "Already in that state" is an answer
 * (`changed: false`), not a failure, as with `docker start` on a running container; a refusal says
 * what to do next, with the Engine's own words. Removal and commit are in containerRemoval.ts.
 */
import type Docker from 'dockerode';
import type { ContainerActionResult } from '../shared/dto';
import { GantryError } from '../shared/errors';
import type { EngineConnection } from './connection';
import { containerSubject } from './containers';
import { engineMessage } from './errors';

/** The parts of a dockerode error we look at before engine.call maps it. */
interface RawFailure {
  statusCode?: number;
  message?: string;
  json?: { message?: string } | null;
}

export const statusOf = (error: unknown): number | undefined => (error as RawFailure | null)?.statusCode;
export const wordsOf = (error: unknown): string => engineMessage(error ?? {});

/** The inspect `State` fields an action checks. */
interface EngineState {
  Running?: boolean;
  Paused?: boolean;
  Restarting?: boolean;
  Status?: string;
}

interface ActionSpec {
  request: (container: Docker.Container) => Promise<unknown>;
  /** A refusal that means "nothing to do" without asking again (HTTP 304 always does). */
  unchanged?: (status: number | undefined, engine: string) => boolean;
  /**
   * After a 409/500 refusal: whether the container already is where the action leads. The Engine
   * answers "already paused" and "not paused" with errors, so an inspect tells which case it is.
   */
  alreadyThere?: (state: EngineState) => boolean;
  /** Plain words for the refusal (thrown as CONFLICT), or null to leave it to the common mapping. */
  explain?: (subject: string, engine: string, state: EngineState | undefined) => string | null;
}

async function runAction(engine: EngineConnection, id: string, spec: ActionSpec): Promise<ContainerActionResult> {
  const subject = containerSubject(id);
  const changed = await engine.call(subject, async (docker) => {
    const container = docker.getContainer(id);
    try {
      await spec.request(container);
      return true;
    } catch (error) {
      const status = statusOf(error);
      const words = wordsOf(error);
      if (status === 304 || spec.unchanged?.(status, words)) return false;
      if (status !== 409 && status !== 500) throw error;
      let state: EngineState | undefined;
      if (spec.alreadyThere) {
        // A container removed meanwhile answers 404 here: NOT_FOUND, as it should.
        state = ((await container.inspect()) as { State?: EngineState }).State ?? {};
        if (spec.alreadyThere(state)) return false;
      }
      const explained = spec.explain?.(subject, words, state);
      if (explained) throw new GantryError('CONFLICT', explained);
      throw error;
    }
  });
  return { id, changed };
}

const NOT_RUNNING = /is not running/i;

export function startContainer(engine: EngineConnection, id: string): Promise<ContainerActionResult> {
  return runAction(engine, id, {
    request: (container) => container.start(),
    explain: (subject, engine) =>
      /paused/i.test(engine)
        ? `The ${subject} is paused: unpause it instead of starting it. (Engine: ${engine})`
        : null,
  });
}

export function stopContainer(
  engine: EngineConnection,
  id: string,
  timeoutSeconds?: number,
): Promise<ContainerActionResult> {
  return runAction(engine, id, {
    request: (container) => container.stop(timeoutSeconds === undefined ? {} : { t: timeoutSeconds }),
  });
}

export function restartContainer(
  engine: EngineConnection,
  id: string,
  timeoutSeconds?: number,
): Promise<ContainerActionResult> {
  return runAction(engine, id, {
    request: (container) => container.restart(timeoutSeconds === undefined ? {} : { t: timeoutSeconds }),
  });
}

export function pauseContainer(engine: EngineConnection, id: string): Promise<ContainerActionResult> {
  return runAction(engine, id, {
    request: (container) => container.pause(),
    alreadyThere: (state) => state.Paused === true,
    explain: (subject, engine, state) =>
      state?.Running === false
        ? `The ${subject} is not running; only a running container can be paused. (Engine: ${engine})`
        : `The ${subject} could not be paused: ${engine}`,
  });
}

export function unpauseContainer(engine: EngineConnection, id: string): Promise<ContainerActionResult> {
  return runAction(engine, id, {
    request: (container) => container.unpause(),
    alreadyThere: (state) => state.Running === true && state.Paused !== true,
    explain: (subject, engine, state) =>
      state?.Running === false
        ? `The ${subject} is not running, so there is nothing to unpause; start it instead. (Engine: ${engine})`
        : `The ${subject} could not be unpaused: ${engine}`,
  });
}

/** `docker kill`: SIGKILL unless another signal is asked for (by name or number). */
export function killContainer(
  engine: EngineConnection,
  id: string,
  signal: string | number = 'SIGKILL',
): Promise<ContainerActionResult> {
  return runAction(engine, id, {
    request: (container) => container.kill({ signal: String(signal) }),
    explain: (subject, engine) =>
      NOT_RUNNING.test(engine)
        ? `The ${subject} is not running, so there is no process to send ${signal} to. (Engine: ${engine})`
        : null,
  });
}

export function renameContainer(engine: EngineConnection, id: string, name: string): Promise<ContainerActionResult> {
  return runAction(engine, id, {
    request: (container) => container.rename({ name }),
    // The Engine refuses a rename to the name the container already has; nothing needed doing.
    unchanged: (status, engine) => status === 400 && /same name as its current name/i.test(engine),
    explain: (_subject, engine) =>
      /already in use/i.test(engine)
        ? `The name "${name}" is already in use by another container; pick another name. (Engine: ${engine})`
        : null,
  });
}
