/**
 * Removes the container, saying what goes: its writable layer (everything it wrote), and with the
 * option its anonymous volumes. A running container needs an explicit Force (docker rm -f).
 */
import { useRef, useState } from 'react';
import type { ContainerDetail, ContainerRemoveResult } from '../../../../electron/shared/dto';
import { DangerButtons, DialogError, ModalDialog } from '../../components/ModalDialog';
import { plural } from '../../lib/format';
import { api } from '../../lib/transport';
import { isAnonymous } from '../containerPage/MountsTab';
import { CheckField, DialogBody } from './fields';
import { isUp } from './lifecycle';
import { useSubmit } from './useSubmit';

export function RemoveDialog({
  container,
  onRemoved,
  onClose,
}: {
  container: ContainerDetail;
  onRemoved: (result: ContainerRemoveResult) => void;
  onClose: () => void;
}) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const running = isUp(container.state.status);
  const anonymous = container.mounts.filter(
    (mount) => mount.type === 'volume' && mount.name !== undefined && isAnonymous(mount.name),
  );
  const [volumes, setVolumes] = useState(false);
  const [force, setForce] = useState(false);
  const { busy, error, submit } = useSubmit(onRemoved);
  const canRemove = !running || force;

  return (
    <ModalDialog
      title={`Remove ${container.name}?`}
      description={
        <>
          Removes the container and its writable layer — every file it wrote goes with it. Its image{' '}
          <span className="font-mono text-text">{container.image}</span> stays.
        </>
      }
      busy={busy}
      onClose={onClose}
      initialFocus={cancelRef}
      width={500}
      footer={
        <DangerButtons
          cancelRef={cancelRef}
          onCancel={onClose}
          confirmLabel={running ? 'Force remove' : 'Remove'}
          canConfirm={canRemove}
          busy={busy}
          onConfirm={() =>
            void submit(() => api.invoke('containers.remove', { id: container.id, force: running && force, volumes }))
          }
        />
      }
    >
      <DialogBody>
        <CheckField checked={volumes} onChange={setVolumes} label="Also remove its anonymous volumes" disabled={busy}>
          {anonymous.length > 0
            ? `${plural(anonymous.length, 'anonymous volume')} mounted (${anonymous.map((mount) => mount.destination).join(', ')}). Named volumes always stay.`
            : 'Volumes Docker made for it without a name (docker rm -v). Named volumes always stay.'}
        </CheckField>
        {running && (
          <div className="rounded-md border border-paused/40 bg-paused/10 px-3 py-2.5">
            <p className="mb-2 text-[12.5px] text-paused-text">
              {container.name} is {container.state.status}. Removing it stops it at once, without a clean shutdown.
            </p>
            <CheckField checked={force} onChange={setForce} label="Force: stop and remove it now" disabled={busy} />
          </div>
        )}
      </DialogBody>
      <DialogError message={error} />
    </ModalDialog>
  );
}
