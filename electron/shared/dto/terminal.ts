/** What a terminal session says, in order: it started (with what), output, then once: the exit. */
export type TerminalEvent =
  /** The process runs: the command the backend chose (the default shell is detected) and the user. */
  | { kind: 'started'; cmd: string[]; user: string }
  /** Bytes the TTY wrote, decoded as UTF-8 (a character split between chunks is kept whole). */
  | { kind: 'output'; data: string }
  /**
   * The session is over. `reason`: the process exited (with `code`), the container stopped, or the
   * connection to the Engine closed (`code` null when unknown). `message` is for people.
   */
  | { kind: 'exit'; reason: 'exited' | 'stopped' | 'closed'; code: number | null; message: string };
