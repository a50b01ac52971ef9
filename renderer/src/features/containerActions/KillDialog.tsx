/** Sends a signal (docker kill -s): the common ones to pick from, or any other by name or number. */
import { useId, useRef, useState } from 'react';
import type { ContainerDetail } from '../../../../electron/shared/dto';
import { Button } from '../../components/Button';
import { DialogError, ModalDialog } from '../../components/ModalDialog';
import { showToast } from '../../components/toastStore';
import { api } from '../../lib/transport';
import { DialogBody, INPUT } from './fields';
import { COMMON_SIGNALS, parseSignal } from './lifecycle';
import { useRefreshContainer } from './useLifecycle';
import { useSubmit } from './useSubmit';

const OTHER = 'other';

export function KillDialog({
  container,
  onClose,
}: {
  container: Pick<ContainerDetail, 'id' | 'name'>;
  onClose: () => void;
}) {
  const id = useId();
  const firstRef = useRef<HTMLInputElement>(null);
  const [choice, setChoice] = useState<string>('SIGKILL');
  const [other, setOther] = useState('');
  const refresh = useRefreshContainer(container);
  const signal = choice === OTHER ? parseSignal(other) : choice;
  const { busy, error, submit } = useSubmit<string | number>((sent) => {
    onClose();
    showToast({ tone: 'info', title: `Sent ${sent} to ${container.name}` });
  });
  const send = () => {
    if (signal === null) return;
    void submit(async () => {
      await api.invoke('containers.kill', { id: container.id, signal });
      await refresh();
      return signal;
    });
  };

  return (
    <ModalDialog
      title={`Send a signal to ${container.name}`}
      description="The signal goes to the container's main process. What it does is up to that process: SIGKILL always ends it."
      busy={busy}
      onClose={onClose}
      initialFocus={firstRef}
      width={500}
      footer={
        <div className="ml-auto flex shrink-0 gap-2">
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" form={`${id}-form`} variant="primary" disabled={signal === null} busy={busy}>
            Send {signal ?? 'signal'}
          </Button>
        </div>
      }
    >
      <form
        id={`${id}-form`}
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
      >
        <DialogBody>
          <fieldset>
            <legend className="mb-1.5 text-[12.5px] font-medium text-text">Signal</legend>
            <div className="grid grid-cols-1 gap-1">
              {COMMON_SIGNALS.map((item, i) => (
                <label key={item.name} className="flex items-baseline gap-2 text-[13px]">
                  <input
                    ref={i === 1 ? firstRef : undefined}
                    type="radio"
                    name={`${id}-signal`}
                    value={item.name}
                    checked={choice === item.name}
                    onChange={() => setChoice(item.name)}
                    className="accent-accent"
                  />
                  <span className="w-[74px] font-mono text-[12.5px] text-text">{item.name}</span>
                  <span className="text-[12.5px] text-text-muted">{item.words}</span>
                </label>
              ))}
              <label className="flex items-center gap-2 text-[13px]">
                <input
                  type="radio"
                  name={`${id}-signal`}
                  value={OTHER}
                  checked={choice === OTHER}
                  onChange={() => setChoice(OTHER)}
                  className="accent-accent"
                />
                <span className="w-[74px] text-[12.5px] text-text">Other</span>
                <input
                  aria-label="Other signal, by name or number"
                  value={other}
                  onChange={(event) => {
                    setOther(event.target.value);
                    setChoice(OTHER);
                  }}
                  placeholder="SIGWINCH or 28"
                  spellCheck={false}
                  autoComplete="off"
                  aria-invalid={choice === OTHER && other !== '' && signal === null ? true : undefined}
                  className={`${INPUT} h-7 max-w-[200px]`}
                />
              </label>
            </div>
          </fieldset>
        </DialogBody>
      </form>
      <DialogError message={error} />
    </ModalDialog>
  );
}
