/**
 * One action over several containers, with progress ("Stopping 2 of 3…") and a result per
 * container. Start, Stop, Restart and Pause run at once; Remove first lists every container and
 * asks, and running ones go only with an explicit Force (otherwise they are skipped, and say so).
 * The containers are the ones given when the dialog opened, whatever the list does meanwhile.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useReducer, useRef, useState } from 'react';
import type { ContainerState, ContainerSummary } from '../../../../electron/shared/dto';
import { Button } from '../../components/Button';
import { DangerButtons, DialogList, ModalDialog } from '../../components/ModalDialog';
import { Spinner } from '../../components/Spinner';
import { StateBadge } from '../../components/StateBadge';
import { plural, shortId } from '../../lib/format';
import { queryKeys } from '../../lib/queryKeys';
import { api } from '../../lib/transport';
import {
  actionLabel,
  BULK_CONCURRENCY,
  bulkHeadline,
  bulkReducer,
  bulkStart,
  itemWords,
  needsForce,
  runPool,
  type BulkAction,
  type BulkItem,
} from './bulkActions';
import { useContainers } from './useContainers';

function invoke(action: BulkAction, id: string, options: { force: boolean; volumes: boolean }): Promise<boolean> {
  switch (action) {
    case 'start':
      return api.invoke('containers.start', { id }).then((result) => result.changed);
    case 'stop':
      return api.invoke('containers.stop', { id }).then((result) => result.changed);
    case 'restart':
      return api.invoke('containers.restart', { id }).then((result) => result.changed);
    case 'pause':
      return api.invoke('containers.pause', { id }).then((result) => result.changed);
    case 'remove':
      return api.invoke('containers.remove', { id, ...options }).then(() => true);
  }
}

/** Why a container is left out before any request: pausing what does not run, removing a running one unforced. */
function skipReason(action: BulkAction, container: ContainerSummary, force: boolean): string | undefined {
  if (action === 'pause' && container.state !== 'running' && container.state !== 'paused') return 'not running';
  if (action === 'remove' && !force && needsForce(container)) return `${container.state}; removing it needs Force`;
  return undefined;
}

export function BulkActionDialog({
  action,
  containers,
  onClose,
}: {
  action: BulkAction;
  containers: readonly ContainerSummary[];
  onClose: () => void;
}) {
  const client = useQueryClient();
  // The containers' states now (the rows follow the Engine's events while the run goes on).
  const now = useContainers().data;
  const stateNow = new Map((now ?? []).map((container) => [container.id, container.state]));
  const [shown] = useState(() => [...containers]);
  const [state, dispatch] = useReducer(bulkReducer, undefined, () => bulkStart(action, shown));
  const [phase, setPhase] = useState<'confirm' | 'running' | 'done'>(action === 'remove' ? 'confirm' : 'running');
  const [force, setForce] = useState(false);
  const [volumes, setVolumes] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const started = useRef(false);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const run = (options: { force: boolean; volumes: boolean }) => {
    if (started.current) return;
    started.current = true;
    setPhase('running');
    void runPool(shown, BULK_CONCURRENCY, async (container) => {
      const id = container.id;
      const skip = skipReason(action, container, options.force);
      if (skip) return dispatch({ type: 'skip', id, message: skip });
      dispatch({ type: 'begin', id });
      try {
        dispatch({ type: 'finish', id, changed: await invoke(action, id, options) });
      } catch (error) {
        dispatch({ type: 'fail', id, message: error instanceof Error ? error.message : String(error) });
      }
    }).finally(() => {
      // Events update the rows; a refetch covers a moment when the event stream was down.
      void client.invalidateQueries({ queryKey: queryKeys.containers });
      if (live.current) setPhase('done');
    });
  };

  // Start, Stop, Restart, Pause: nothing to confirm, they begin as the dialog opens.
  useEffect(() => {
    if (action !== 'remove') run({ force: false, volumes: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on open
  }, []);

  const running = shown.filter(needsForce).length;
  // The title stays put while it runs; the status line under it tells the progress and the result.
  const title =
    phase === 'confirm'
      ? `Remove ${plural(shown.length, 'container')}?`
      : `${actionLabel(action)} ${plural(shown.length, 'container')}`;

  return (
    <ModalDialog
      title={title}
      description={
        phase === 'confirm' ? (
          <>
            Exactly these {plural(shown.length, 'container')} and their writable layers go; their images stay.
            {running > 0 &&
              ` ${running === 1 ? '1 is' : `${running} are`} running: ${running === 1 ? 'it goes' : 'they go'} only with Force.`}
          </>
        ) : (
          <span role="status" className="inline-flex items-center gap-2">
            {phase === 'running' && <Spinner size={12} />}
            {bulkHeadline(state)}
          </span>
        )
      }
      busy={phase === 'running'}
      onClose={onClose}
      initialFocus={cancelRef}
      footer={
        phase === 'confirm' ? (
          <>
            <div className="flex min-w-0 flex-1 flex-col gap-1.5">
              {running > 0 && (
                <label className="flex cursor-pointer items-center gap-2 text-[12.5px] font-medium">
                  <input
                    type="checkbox"
                    checked={force}
                    onChange={(event) => setForce(event.target.checked)}
                    className="size-3.5 cursor-pointer accent-danger-solid"
                  />
                  Force: also remove the {plural(running, 'running container')}
                </label>
              )}
              <label className="flex cursor-pointer items-center gap-2 text-[12.5px] text-text-muted">
                <input
                  type="checkbox"
                  checked={volumes}
                  onChange={(event) => setVolumes(event.target.checked)}
                  className="size-3.5 cursor-pointer accent-danger-solid"
                />
                Also remove their anonymous volumes
              </label>
            </div>
            <DangerButtons
              cancelRef={cancelRef}
              onCancel={onClose}
              confirmLabel={`Remove ${plural(force ? shown.length : shown.length - running, 'container')}`}
              canConfirm={force || shown.length > running}
              busy={false}
              onConfirm={() => run({ force, volumes })}
            />
          </>
        ) : (
          <div className="ml-auto flex shrink-0 gap-2">
            <Button ref={cancelRef} variant="primary" onClick={onClose} disabled={phase === 'running'}>
              Close
            </Button>
          </div>
        )
      }
    >
      <DialogList label="Containers">
        {shown.map((container, i) => (
          <ContainerItem
            key={container.id}
            container={container}
            state={now === undefined ? container.state : stateNow.get(container.id)}
            item={state.items[i]}
            action={action}
            confirming={phase === 'confirm'}
            willSkip={phase === 'confirm' && skipReason(action, container, force) !== undefined}
          />
        ))}
      </DialogList>
    </ModalDialog>
  );
}

const OUTCOME_CLASSES: Record<BulkItem['status'], string> = {
  waiting: 'text-text-faint',
  working: 'text-text-muted',
  done: 'font-medium text-running-text',
  unchanged: 'text-text-muted',
  skipped: 'text-paused-text',
  failed: 'text-danger-text',
};

function ContainerItem({
  container,
  state,
  item,
  action,
  confirming,
  willSkip,
}: {
  container: ContainerSummary;
  /** Undefined once the container is gone. */
  state: ContainerState | undefined;
  item: BulkItem | undefined;
  action: BulkAction;
  confirming: boolean;
  willSkip: boolean;
}) {
  return (
    <li
      data-outcome={confirming ? undefined : item?.status}
      className="flex items-center gap-3 border-b border-border/60 py-2 last:border-b-0"
    >
      <div className="min-w-0 flex-1">
        <div className="truncate text-[13px] font-medium">{container.name}</div>
        {confirming
          ? willSkip && (
              <p className="mt-0.5 text-[12px] text-paused-text">Skipped unless forced: it is {container.state}</p>
            )
          : item && <p className={`mt-0.5 text-[12px] ${OUTCOME_CLASSES[item.status]}`}>{itemWords(action, item)}</p>}
      </div>
      <div className="flex shrink-0 items-center gap-3">
        {state ? <StateBadge state={state} /> : <span className="text-[12px] text-text-faint">gone</span>}
        <span className="font-mono text-[12px] text-text-muted" title={container.id}>
          {shortId(container.id)}
        </span>
      </div>
    </li>
  );
}
