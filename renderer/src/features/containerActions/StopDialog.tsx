/** Stop with a chosen grace period: SIGTERM, then SIGKILL after that many seconds (docker stop -t). */
import { useId, useRef, useState } from 'react';
import type { ContainerDetail } from '../../../../electron/shared/dto';
import { Button } from '../../components/Button';
import { ModalDialog } from '../../components/ModalDialog';
import { DialogBody, TextField } from './fields';

export const DEFAULT_STOP_SECONDS = 10;

/** "30" → 30; null unless a whole number of seconds from 0 to 600 (the contract's range). */
export function parseTimeout(text: string): number | null {
  if (!/^\d{1,3}$/.test(text.trim())) return null;
  const seconds = Number(text.trim());
  return seconds <= 600 ? seconds : null;
}

export function StopDialog({
  container,
  onStop,
  onClose,
}: {
  container: Pick<ContainerDetail, 'name'>;
  onStop: (timeoutSeconds: number) => void;
  onClose: () => void;
}) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(String(DEFAULT_STOP_SECONDS));
  const seconds = parseTimeout(text);
  return (
    <ModalDialog
      title={`Stop ${container.name}`}
      description="The Engine sends SIGTERM, waits, then ends the container with SIGKILL if it is still running."
      onClose={onClose}
      initialFocus={inputRef}
      width={440}
      footer={
        <div className="ml-auto flex shrink-0 gap-2">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" form={`${id}-form`} variant="primary" disabled={seconds === null}>
            Stop
          </Button>
        </div>
      }
    >
      <form
        id={`${id}-form`}
        onSubmit={(event) => {
          event.preventDefault();
          if (seconds === null) return;
          onClose();
          onStop(seconds);
        }}
      >
        <DialogBody>
          <TextField
            id={`${id}-seconds`}
            label="Seconds to wait before SIGKILL"
            value={text}
            onChange={setText}
            inputRef={inputRef}
            error={seconds === null ? 'Enter a whole number of seconds from 0 to 600.' : null}
            hint="0 ends it at once; the Engine's default is 10."
          />
        </DialogBody>
      </form>
    </ModalDialog>
  );
}
