/**
 * The container page's actions, in its header: the lifecycle buttons the state allows (Start, or
 * Stop / Restart / Pause, or Resume), then Kill…, Rename…, Commit…, Remove…, each with its dialog.
 */
import { useNavigate } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ContainerDetail } from '../../../../electron/shared/dto';
import { Button } from '../../components/Button';
import { PlayIcon, StopIcon } from '../../components/Icons';
import { showToast } from '../../components/toastStore';
import { plural } from '../../lib/format';
import { containerPageKeys } from '../containerPage/queries';
import { CommitDialog } from './CommitDialog';
import { KillDialog } from './KillDialog';
import { ACTION_LABEL, availableActions, isUp, type LifecycleAction } from './lifecycle';
import { RemoveDialog } from './RemoveDialog';
import { RenameDialog } from './RenameDialog';
import { StopDialog } from './StopDialog';
import { useLifecycle } from './useLifecycle';

/** A stopwatch: "stop, with a chosen wait". Decorative (the button has its name). */
function TimerIcon() {
  return (
    <svg
      width="13"
      height="13"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.9"
      strokeLinecap="round"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="13.5" r="7.5" />
      <path d="M12 13.5V10M10 3h4" />
    </svg>
  );
}

type Open = 'stop' | 'kill' | 'rename' | 'commit' | 'remove' | null;

const ICON: Partial<Record<LifecycleAction, React.ReactNode>> = {
  start: <PlayIcon size={11} />,
  stop: <StopIcon size={11} />,
};

export function ContainerActions({ container }: { container: ContainerDetail }) {
  const [open, setOpen] = useState<Open>(null);
  const { busy, run } = useLifecycle(container);
  const client = useQueryClient();
  const navigate = useNavigate();
  const close = () => setOpen(null);
  const state = container.state.status;
  const actions = availableActions(state);

  return (
    <>
      <div role="group" aria-label="Lifecycle" className="flex items-center gap-1.5">
        {actions.map((action) => (
          <Button
            key={action}
            size="sm"
            icon={ICON[action]}
            busy={busy === action}
            disabled={busy !== null}
            onClick={() => void run(action)}
          >
            {ACTION_LABEL[action]}
          </Button>
        ))}
        {actions.includes('stop') && (
          <Button
            size="sm"
            aria-label="Stop with timeout…"
            title="Stop with a timeout…"
            className="-ml-1 px-1.5"
            disabled={busy !== null}
            onClick={() => setOpen('stop')}
          >
            <TimerIcon />
          </Button>
        )}
      </div>
      <div aria-hidden="true" className="h-5 border-l border-border" />
      <Button size="sm" disabled={!isUp(state) || busy !== null} onClick={() => setOpen('kill')}>
        Kill…
      </Button>
      <Button size="sm" onClick={() => setOpen('rename')}>
        Rename…
      </Button>
      <Button size="sm" onClick={() => setOpen('commit')}>
        Commit…
      </Button>
      <Button size="sm" className="text-danger-text!" onClick={() => setOpen('remove')}>
        Remove…
      </Button>

      {open === 'stop' && (
        <StopDialog container={container} onClose={close} onStop={(timeout) => run('stop', timeout)} />
      )}
      {open === 'kill' && <KillDialog container={container} onClose={close} />}
      {open === 'rename' && (
        <RenameDialog
          container={container}
          onClose={close}
          onRenamed={(name) => {
            close();
            showToast({ tone: 'info', title: `Renamed ${container.name} to ${name}` });
            // The page may have been opened by the old name: go on by the ID, which stays.
            void navigate({ to: '/containers/$containerId', params: { containerId: container.id }, replace: true });
          }}
        />
      )}
      {open === 'commit' && (
        <CommitDialog
          container={container}
          onClose={close}
          onCommitted={(result) => {
            close();
            showToast({
              tone: 'info',
              title: `Committed ${container.name} to ${result.reference ?? `image ${result.imageId.replace(/^sha256:/, '').slice(0, 12)}`}`,
            });
            void navigate({
              to: '/images/$imageId',
              params: { imageId: result.imageId.replace(/^sha256:/, '') },
              search: {},
            });
          }}
        />
      )}
      {open === 'remove' && (
        <RemoveDialog
          container={container}
          onClose={close}
          onRemoved={(result) => {
            close();
            void navigate({ to: '/containers' });
            client.removeQueries({ queryKey: containerPageKeys.all(container.id) });
            showToast({
              tone: 'info',
              title: `Removed ${container.name}`,
              ...(result.removedVolumes.length > 0
                ? {
                    message: `and ${plural(result.removedVolumes.length, 'anonymous volume')}: ${result.removedVolumes.join(', ')}`,
                  }
                : {}),
            });
          }}
        />
      )}
    </>
  );
}
