/**
 * `terminal.open`: a process with a TTY in a running container (docker exec -it), its output
 * streamed out, keystrokes and resizes taken in. The hijacked connection to the Engine is the
 * session: closing the subscription destroys it (the Engine then hangs up the TTY, and the shell
 * gets SIGHUP); the process exiting or the container stopping ends it from the other side, and the
 * last event says which.
 */
import type { Duplex } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type Docker from 'dockerode';
import type { EngineConnection } from '../connection';
import type { TerminalEvent } from '../../shared/dto';
import { GantryError } from '../../shared/errors';
import { OutputBuffer } from './outputBuffer';
import { execTarget, type ExecTarget } from './target';

export interface TerminalInput {
  id: string;
  cmd?: string[];
  user?: string;
  workdir?: string;
  cols: number;
  rows: number;
}

export type TerminalMessage = { kind: 'input'; data: string } | { kind: 'resize'; cols: number; rows: number };

/** Input the process has not read yet, beyond which the session is ended rather than buffered. */
const MAX_PENDING_INPUT = 1024 * 1024;

export async function openTerminal(
  engine: EngineConnection,
  input: TerminalInput,
  emit: (event: TerminalEvent) => void,
  signal: AbortSignal,
  onMessage: (listener: (message: TerminalMessage) => void) => void,
): Promise<void> {
  // Registered before the first await (the router's rule). Until the TTY is attached, keystrokes
  // wait in order and only the newest size counts.
  const early: string[] = [];
  let size = { cols: input.cols, rows: input.rows };
  let session: Session | null = null;
  onMessage((message) => {
    if (message.kind === 'resize') {
      size = { cols: message.cols, rows: message.rows };
      session?.resize(size);
    } else if (session) session.write(message.data);
    else early.push(message.data);
  });

  const target = await execTarget(engine, input.id, input.cmd);
  if (signal.aborted) return;
  const subject = `container ${target.name}`;
  const exec = await engine.call(subject, (docker) =>
    docker.getContainer(target.id).exec({
      Cmd: target.cmd,
      User: input.user ?? '',
      WorkingDir: input.workdir,
      Env: ['TERM=xterm-256color'],
      AttachStdin: true,
      AttachStdout: true,
      AttachStderr: true,
      Tty: true,
    }),
  );
  const stream = await engine.call<Duplex>(subject, () => exec.start({ hijack: true, stdin: true, Tty: true }));
  if (signal.aborted) {
    stream.destroy();
    return;
  }

  const output = new OutputBuffer((data) => emit({ kind: 'output', data }));
  session = new Session(exec, stream);
  signal.addEventListener('abort', () => stream.destroy(), { once: true });
  emit({ kind: 'started', cmd: target.cmd, user: input.user ?? '' });
  session.resize(size);
  for (const data of early.splice(0)) session.write(data);

  stream.on('data', (chunk: Buffer) => output.push(chunk));
  await new Promise<void>((resolve) => {
    stream.once('close', resolve);
    stream.once('end', resolve);
    stream.once('error', () => resolve());
  });
  if (signal.aborted) return output.cancel();
  output.flush(true);
  stream.destroy();
  emit(await howItEnded(engine, exec, target));
}

/** The attached TTY: writes with a bound, resizes one at a time (the newest size wins). */
class Session {
  private resizing = false;
  private nextSize: { cols: number; rows: number } | null = null;

  constructor(
    private readonly exec: Docker.Exec,
    private readonly stream: Duplex,
  ) {}

  write(data: string): void {
    if (this.stream.destroyed) return;
    if (this.stream.writableLength > MAX_PENDING_INPUT) {
      throw new GantryError('CONFLICT', 'The terminal stopped reading its input; the session was closed.');
    }
    this.stream.write(Buffer.from(data, 'utf8'));
  }

  resize(size: { cols: number; rows: number }): void {
    this.nextSize = size;
    if (!this.resizing) void this.sendResizes();
  }

  private async sendResizes(): Promise<void> {
    this.resizing = true;
    while (this.nextSize && !this.stream.destroyed) {
      const { cols, rows } = this.nextSize;
      this.nextSize = null;
      // A resize racing the process's exit fails harmlessly: the end says what happened.
      await this.exec.resize({ h: rows, w: cols }).catch(() => undefined);
    }
    this.resizing = false;
  }
}

/** A process killed by a signal while its container is stopping: how long to watch the container go. */
const STOPPING_WATCH_MS = 1500;

/** After the connection closed: the process exited, the container stopped, or the Engine went away. */
async function howItEnded(engine: EngineConnection, exec: Docker.Exec, target: ExecTarget): Promise<TerminalEvent> {
  const stopped: TerminalEvent = {
    kind: 'exit',
    reason: 'stopped',
    code: null,
    message: `The container ${target.name} stopped.`,
  };
  const state = await containerState(engine, target);
  if (state !== 'running') return state === 'stopped' ? stopped : state;
  const info = await exec.inspect().catch(() => null);
  const code = info && !info.Running && typeof info.ExitCode === 'number' ? info.ExitCode : null;
  // A stop kills the container's processes (ours too, 128 + signal) a moment before the Engine
  // marks the container exited: a signalled end in a running container may be that stop.
  if (code === null || code > 128) {
    const until = Date.now() + STOPPING_WATCH_MS;
    while (Date.now() < until) {
      await sleep(100);
      const now = await containerState(engine, target);
      if (now !== 'running') return now === 'stopped' ? stopped : now;
    }
  }
  return { kind: 'exit', reason: 'exited', code, message: exitMessage(code, target.cmd[0] ?? '') };
}

async function containerState(
  engine: EngineConnection,
  target: ExecTarget,
): Promise<'running' | 'stopped' | TerminalEvent> {
  try {
    const container = await engine.call(`container ${target.name}`, (docker) =>
      docker.getContainer(target.id).inspect(),
    );
    return container.State?.Running === true && container.State.Paused !== true ? 'running' : 'stopped';
  } catch (error) {
    if ((error as { code?: string }).code === 'NOT_FOUND') {
      return { kind: 'exit', reason: 'stopped', code: null, message: `The container ${target.name} was removed.` };
    }
    // The Engine itself is gone: the session fails with its words (what happened, what to do).
    if (error instanceof GantryError && error.code === 'ENGINE_UNAVAILABLE') throw error;
    return { kind: 'exit', reason: 'closed', code: null, message: 'The connection to the Docker Engine closed.' };
  }
}

/** Docker's exec codes for a command that could not run (126) or was not found (127), in words. */
export function exitMessage(code: number | null, command: string): string {
  if (code === 126) return `The command ${command} could not be run (exit code 126).`;
  if (code === 127) return `The command ${command} was not found in this container (exit code 127).`;
  if (code === null) return 'The process ended.';
  return `The process exited with code ${code}.`;
}
