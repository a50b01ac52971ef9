/**
 * The container page's terminal: a shell (or any command) with a TTY in the running container.
 * Choose the command, user and working dir, connect; the session's end is said in words with a
 * Reconnect. A container that is not running gets a plain message pointing at Start.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ContainerDetail } from '../../../../electron/shared/dto';
import { Button } from '../../components/Button';
import { PlayIcon, StopIcon } from '../../components/Icons';
import { Segmented } from '../../components/Segmented';
import { Spinner } from '../../components/Spinner';
import { parseCommandLine } from './commandLine';
import { useTerminalSession, type SessionOptions, type SessionStatus } from './useTerminalSession';

type CommandChoice = 'auto' | 'sh' | 'bash' | 'custom';

const COMMANDS = [
  { value: 'auto', label: 'Default shell' },
  { value: 'sh', label: 'sh' },
  { value: 'bash', label: 'bash' },
  { value: 'custom', label: 'Custom' },
] as const;

/** Docker's --user: name or uid, optionally :group or :gid (the backend checks the same rule). */
const USER_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,31})?$/;

const INPUT =
  'h-7 rounded-md border border-border-strong bg-surface-raised px-2 font-mono text-[12px] text-text placeholder:text-text-faint focus:border-accent focus:ring-3 focus:ring-accent/20 focus:outline-none aria-invalid:border-danger';

export function TerminalTab({ container }: { container: ContainerDetail }) {
  const id = useId();
  const running = container.state.running && !container.state.paused;
  const { hostRef, status, connect, disconnect } = useTerminalSession(container.id);
  const [choice, setChoice] = useState<CommandChoice>('auto');
  const [custom, setCustom] = useState('');
  const [user, setUser] = useState('');
  const [workdir, setWorkdir] = useState('');

  const problems = {
    custom: choice === 'custom' && parseCommandLine(custom).length === 0 ? 'Type the command to run.' : null,
    user: user.trim() && !USER_PATTERN.test(user.trim()) ? 'A user name or uid, optionally :group or :gid.' : null,
    workdir: workdir.trim() && !workdir.trim().startsWith('/') ? 'An absolute path, starting with /.' : null,
  };
  const valid = !problems.custom && !problems.user && !problems.workdir;

  const options = (): SessionOptions => ({
    cmd: choice === 'auto' ? undefined : choice === 'custom' ? parseCommandLine(custom) : [choice],
    user: user.trim() || undefined,
    workdir: workdir.trim() || undefined,
  });
  const live = status.phase === 'open' || status.phase === 'connecting';
  const start = () => {
    if (valid && running) connect(options());
  };

  // Opens the default shell as soon as the tab shows a running container; later sessions are asked for.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !running) return;
    opened.current = true;
    connect({});
  }, [running, connect]);

  return (
    <div className="flex min-h-[420px] flex-1 flex-col gap-3 px-6 py-4">
      <form
        className="flex flex-wrap items-end gap-x-4 gap-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          start();
        }}
      >
        <div className="flex flex-col gap-1">
          <span id={`${id}-command`} className="text-[11.5px] font-medium text-text-muted">
            Command
          </span>
          <div className="flex items-center gap-2">
            <Segmented label="Command" value={choice} options={COMMANDS} onChange={setChoice} />
            {choice === 'custom' && (
              <Field
                label="Custom command"
                value={custom}
                onChange={setCustom}
                placeholder="python3 -i"
                problem={problems.custom}
                width="w-48"
                hideLabel
              />
            )}
          </div>
        </div>
        <Field
          label="User"
          value={user}
          onChange={setUser}
          placeholder="image default"
          problem={problems.user}
          width="w-32"
        />
        <Field
          label="Working dir"
          value={workdir}
          onChange={setWorkdir}
          placeholder="image default"
          problem={problems.workdir}
          width="w-44"
        />
        <div className="ml-auto flex items-center gap-2">
          {live ? (
            <Button size="sm" icon={<StopIcon size={12} />} onClick={disconnect}>
              Disconnect
            </Button>
          ) : (
            <Button
              type="submit"
              size="sm"
              variant="primary"
              icon={<PlayIcon size={12} />}
              disabled={!running || !valid}
            >
              {status.phase === 'idle' ? 'Connect' : 'Reconnect'}
            </Button>
          )}
        </div>
      </form>

      <StatusLine
        status={status}
        running={running}
        state={container.state.status}
        onReconnect={start}
        canReconnect={running && valid}
      />

      <div className="relative flex min-h-[280px] flex-1 overflow-hidden rounded-lg border border-border bg-surface-sunken">
        {/* xterm's own padding would be measured as cells; the inset box keeps the fit exact. */}
        <div ref={hostRef} data-testid="terminal" className="absolute inset-2 left-3" />
      </div>
      <p className="text-[11.5px] text-text-muted">
        Copy a selection with <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>C</kbd>, paste with <kbd>Ctrl</kbd>+<kbd>Shift</kbd>
        +<kbd>V</kbd>. The terminal follows the window’s size.
      </p>
    </div>
  );
}

function Field({
  label,
  value,
  onChange,
  placeholder,
  problem,
  width,
  hideLabel = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  problem: string | null;
  width: string;
  hideLabel?: boolean;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'text-[11.5px] font-medium text-text-muted'}>
        {label}
      </label>
      <input
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        className={`${INPUT} ${width}`}
      />
      {problem && (
        <span id={`${id}-problem`} className="text-[11.5px] text-danger-text">
          {problem}
        </span>
      )}
    </div>
  );
}

function StatusLine({
  status,
  running,
  state,
  onReconnect,
  canReconnect,
}: {
  status: SessionStatus;
  running: boolean;
  state: string;
  onReconnect: () => void;
  canReconnect: boolean;
}) {
  let dot = 'bg-neutral';
  let text: string;
  let alert = false;
  if (!running && status.phase !== 'open') {
    text =
      state === 'paused'
        ? 'The container is paused. Unpause it (above) to open a terminal.'
        : `The container is ${state}. Start it (above) to open a terminal.`;
    if (status.phase === 'ended' && status.reason === 'stopped')
      text = `${status.message} Start it (above) to open a new terminal.`;
  } else if (status.phase === 'connecting' || status.phase === 'idle') {
    text = 'Connecting…';
  } else if (status.phase === 'open') {
    dot = 'bg-running';
    text = `Connected: ${status.cmd.join(' ')} as ${status.user || 'the image’s user'}`;
  } else if (status.phase === 'failed') {
    dot = 'bg-danger';
    text = status.message;
    alert = true;
  } else {
    text = status.message;
  }
  const showReconnect = running && (status.phase === 'ended' || status.phase === 'failed');
  return (
    <div
      role={alert ? 'alert' : 'status'}
      aria-label="Terminal session"
      className="flex min-h-7 items-center gap-2 rounded-md border border-border bg-surface-raised px-3 py-1 text-[12.5px] text-text-muted"
    >
      {status.phase === 'connecting' ? (
        <Spinner size={12} />
      ) : (
        <span aria-hidden="true" className={`size-2 rounded-full ${dot}`} />
      )}
      <span className={alert ? 'text-danger-text' : status.phase === 'open' ? 'text-text' : undefined}>{text}</span>
      {showReconnect && (
        <Button size="sm" variant="ghost" className="ml-auto" onClick={onReconnect} disabled={!canReconnect}>
          Reconnect
        </Button>
      )}
    </div>
  );
}
