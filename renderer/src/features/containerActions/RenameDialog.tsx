/** Renames the container; the Engine's refusal (a bad name, a name taken) under the field. */
import { useId, useRef, useState } from 'react';
import type { ContainerDetail } from '../../../../electron/shared/dto';
import { Button } from '../../components/Button';
import { ModalDialog } from '../../components/ModalDialog';
import { api } from '../../lib/transport';
import { DialogBody, TextField } from './fields';
import { useRefreshContainer } from './useLifecycle';
import { useSubmit } from './useSubmit';

export function RenameDialog({
  container,
  onRenamed,
  onClose,
}: {
  container: Pick<ContainerDetail, 'id' | 'name'>;
  onRenamed: (name: string) => void;
  onClose: () => void;
}) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(container.name);
  const refresh = useRefreshContainer(container);
  const { busy, error, setError, submit } = useSubmit<string>(onRenamed);
  const trimmed = name.trim();
  const canRename = trimmed !== '' && trimmed !== container.name;

  return (
    <ModalDialog
      title={`Rename ${container.name}`}
      description="Other containers that reach it by its old name (links, compose) will not find it under the new one."
      busy={busy}
      onClose={onClose}
      initialFocus={inputRef}
      width={460}
      footer={
        <div className="ml-auto flex shrink-0 gap-2">
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" form={`${id}-form`} variant="primary" disabled={!canRename} busy={busy}>
            Rename
          </Button>
        </div>
      }
    >
      <form
        id={`${id}-form`}
        onSubmit={(event) => {
          event.preventDefault();
          if (!canRename) return;
          void submit(async () => {
            await api.invoke('containers.rename', { id: container.id, name: trimmed });
            await refresh();
            return trimmed;
          }).then(() => inputRef.current?.focus());
        }}
      >
        <DialogBody>
          <TextField
            id={`${id}-name`}
            label="New name"
            value={name}
            onChange={(value) => {
              setName(value);
              setError(null);
            }}
            inputRef={inputRef}
            error={error}
            hint="Letters, digits and _ . - (starting with a letter or digit), as Docker allows."
          />
        </DialogBody>
      </form>
    </ModalDialog>
  );
}
