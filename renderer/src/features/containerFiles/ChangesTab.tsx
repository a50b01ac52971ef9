/**
 * Changes: what the container added, modified or deleted relative to its image (`docker diff`),
 * as a tree with counts per folder and sizes where the backend had them, a filter by kind, and a
 * file viewer. The writable layer made visible. Read when the tab opens; Refresh reads again.
 */
import { useMemo, useState } from 'react';
import type { ContainerChangeKind, ContainerDetail } from '../../../../electron/shared/dto';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { RefreshIcon } from '../../components/Icons';
import { Segmented } from '../../components/Segmented';
import { Spinner } from '../../components/Spinner';
import { formatSize, plural } from '../../lib/format';
import { useContainerChanges } from '../containerPage/queries';
import { LayersIcon } from '../layers/icons';
import { buildChangesTree, countKinds } from './changesTree';
import { ChangesTree } from './ChangesTree';
import { ContainerFileViewer } from './ContainerFileViewer';

type KindFilter = 'all' | ContainerChangeKind;

export function ChangesTab({ container }: { container: ContainerDetail }) {
  const changes = useContainerChanges(container.id);
  const [filter, setFilter] = useState<KindFilter>('all');
  const [open, setOpen] = useState<string | null>(null);
  const counts = useMemo(() => countKinds(changes.data?.changes ?? []), [changes.data]);
  const tree = useMemo(
    () => (changes.data ? buildChangesTree(changes.data, new Set(filter === 'all' ? [] : [filter])) : null),
    [changes.data, filter],
  );
  const total = changes.data?.changes.length ?? 0;
  const bytes = useMemo(
    () => Object.values(changes.data?.sizes ?? {}).reduce((sum, size) => sum + size, 0),
    [changes.data],
  );

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3 px-6 py-5">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <div>
          <h2 className="text-[13px] font-semibold text-text">Changes in the writable layer</h2>
          <p className="text-[12px] text-text-muted">
            What this container added, modified or deleted on top of its image — as{' '}
            <span className="font-mono">docker diff</span> lists it.
          </p>
        </div>
        <div className="ml-auto flex items-center gap-2">
          <Segmented
            label="Show changes"
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'all', label: 'All', count: total },
              { value: 'added', label: 'Added', count: counts.added },
              { value: 'modified', label: 'Modified', count: counts.modified },
              { value: 'deleted', label: 'Deleted', count: counts.deleted },
            ]}
          />
          <Button
            size="sm"
            icon={<RefreshIcon size={13} />}
            busy={changes.isFetching}
            onClick={() => void changes.refetch()}
          >
            Refresh
          </Button>
        </div>
      </div>
      <div className="flex h-[560px] min-h-0 flex-col overflow-hidden rounded-lg border border-border">
        {changes.isError ? (
          <p role="alert" className="px-4 py-6 text-center text-danger-text">
            Couldn’t read the changes: {changes.error.message}
          </p>
        ) : !tree ? (
          <p role="status" className="flex items-center justify-center gap-2 py-16 text-text-muted">
            <Spinner /> Comparing the container with its image…
          </p>
        ) : total === 0 ? (
          <EmptyState icon={<LayersIcon size={20} />} title="No changes">
            <p>The container’s filesystem is exactly its image’s: its writable layer is empty.</p>
          </EmptyState>
        ) : (
          <>
            <p className="flex h-9 shrink-0 items-center gap-1 border-b border-border bg-surface-sunken/50 px-4 text-[12px] text-text-muted tabular">
              {plural(total, 'changed path')}
              {bytes > 0 && <span>· {formatSize(bytes)} in added and modified files</span>}
            </p>
            <ChangesTree key={filter} tree={tree} onOpenFile={setOpen} />
          </>
        )}
      </div>
      {open && <ContainerFileViewer container={container} path={open} onClose={() => setOpen(null)} />}
    </div>
  );
}
