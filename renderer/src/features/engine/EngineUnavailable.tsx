/**
 * Shown instead of a page while the Engine cannot be reached: what was tried, what happened in
 * plain words, what to check, and a Retry. Gantry also recovers on its own when the Engine returns.
 */
import type { ReactNode } from 'react';
import type { EngineStatus } from '../../../../electron/shared/dto';
import { Button } from '../../components/Button';
import { CopyButton } from '../../components/CopyButton';
import { PlugIcon, RefreshIcon } from '../../components/Icons';

type Unavailable = Extract<EngineStatus, { state: 'unavailable' }>;

interface Props {
  status: Unavailable;
  retrying: boolean;
  onRetry: () => void;
}

export function EngineUnavailable({ status, retrying, onRetry }: Props) {
  const permission = status.reason === 'EACCES' || status.reason === 'EPERM';
  return (
    <div className="h-full overflow-auto">
      <section aria-labelledby="unavailable-title" className="mx-auto max-w-[720px] px-8 py-10">
        <div className="flex items-start gap-4">
          <div className="flex size-11 shrink-0 items-center justify-center rounded-xl bg-danger/10 text-danger ring-1 ring-danger/20 ring-inset">
            <PlugIcon size={20} />
          </div>
          <div className="min-w-0">
            <h2 id="unavailable-title" className="text-[19px] font-semibold tracking-tight text-text">
              Can&apos;t reach the Docker Engine
            </h2>
            <p className="mt-1.5 text-[13.5px] leading-relaxed text-text">{status.message}</p>
            <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
              <Button variant="primary" busy={retrying} icon={<RefreshIcon size={14} />} onClick={onRetry}>
                Retry
              </Button>
              <p className="text-[12.5px] text-text-muted">
                Gantry keeps trying and reconnects on its own — no restart needed.
              </p>
            </div>
          </div>
        </div>

        <dl className="mt-7 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-border bg-canvas px-4 py-3 text-[13px]">
          <dt className="text-text-muted">Address</dt>
          <dd className="min-w-0 font-mono text-[12.5px] break-all text-text">{status.address}</dd>
          <dt className="text-text-muted">Reason</dt>
          <dd className="font-mono text-[12.5px] text-text">{status.reason}</dd>
          {status.tried.length > 0 && (
            <>
              <dt className="text-text-muted">Tried</dt>
              <dd>
                <ol className="space-y-0.5">
                  {status.tried.map((address, i) => (
                    <li key={`${i}-${address}`} className="font-mono text-[12.5px] break-all text-text-muted">
                      {address}
                    </li>
                  ))}
                </ol>
              </dd>
            </>
          )}
        </dl>

        <h3 className="mt-7 text-[13px] font-semibold text-text">What to check</h3>
        <ul className="mt-2.5 divide-y divide-border overflow-hidden rounded-lg border border-border">
          <Check title="Is the Docker daemon running?" highlighted={!permission} command="sudo systemctl start docker">
            Start it, or open Docker Desktop if you use it.
          </Check>
          <Check title="Permission denied?" highlighted={permission} command="sudo usermod -aG docker $USER">
            Add your user to the <code>docker</code> group, then log out and back in.
          </Check>
          <Check
            title="Engine somewhere else?"
            highlighted={false}
            command="export DOCKER_HOST=unix:///run/user/1000/docker.sock"
          >
            Set <code>DOCKER_HOST</code> to its address (rootless, <code>tcp://</code>, <code>ssh://</code>) and start
            Gantry from that shell.
          </Check>
        </ul>
      </section>
    </div>
  );
}

function Check({
  title,
  highlighted,
  command,
  children,
}: {
  title: string;
  highlighted: boolean;
  command: string;
  children: ReactNode;
}) {
  return (
    <li
      className={`px-4 py-3 ${highlighted ? 'bg-accent/6 shadow-[inset_2px_0_0_var(--color-accent)]' : 'bg-surface'}`}
    >
      <p className="font-semibold text-text">{title}</p>
      <p className="mt-0.5 text-text-muted">{children}</p>
      <div className="mt-2 flex items-center gap-2 rounded-md border border-border bg-surface-sunken px-2.5 py-1">
        <code className="min-w-0 flex-1 truncate font-mono text-[12px] text-text select-all">{command}</code>
        <CopyButton value={command} label="Copy command" reveal="always" />
      </div>
    </li>
  );
}
