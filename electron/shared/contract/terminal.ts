/** The terminal: an interactive process in a running container, over a duplex stream. */
import { z } from 'zod';
import type { TerminalEvent } from '../dto';
import { containerPath, containerRef } from './containers';
import { duplex } from './define';

/** A TTY's size in character cells; 1000 is far beyond any screen and keeps the Engine call sane. */
const cells = z.number().int().min(1).max(1000);

/** A user or group as Docker's --user takes it: a name or a numeric id. Only safe characters. */
const userPart = '[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}';
export const execUser = z
  .string()
  .regex(new RegExp(`^${userPart}(?::${userPart})?$`), 'must be a user name or uid, optionally :group or :gid');

/** One argument of the command: any text but NUL (the Engine passes the list to exec as is). */
const execArgument = z
  .string()
  .max(4096)
  .refine((arg) => !arg.includes('\0'), 'must not contain NUL');

/** The most one input message carries; the renderer splits a bigger paste into several. */
export const TERMINAL_INPUT_MAX = 64 * 1024;

export const terminalContract = {
  /**
   * Runs `cmd` (default: bash when the container has it, else sh) with a TTY and streams its output.
   * The client sends keystrokes and resizes on the same subscription; closing it ends the process's
   * connection. Ends with one `exit` event saying why.
   */
  'terminal.open': duplex(
    z
      .object({
        id: containerRef,
        cmd: z.array(execArgument).min(1).max(64).optional(),
        user: execUser.optional(),
        workdir: containerPath.optional(),
        cols: cells,
        rows: cells,
      })
      .strict(),
  )
    .sends(
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('input'), data: z.string().min(1).max(TERMINAL_INPUT_MAX) }).strict(),
        z.object({ kind: z.literal('resize'), cols: cells, rows: cells }).strict(),
      ]),
    )
    .emits<TerminalEvent>(),
} as const;
