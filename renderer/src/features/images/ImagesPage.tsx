import { useMemo, useRef, useState } from 'react';
import type { ImageSummary } from '../../../../electron/shared/dto';
import { TopBar } from '../../app/TopBar';
import { Button } from '../../components/Button';
import { Command, EmptyState } from '../../components/EmptyState';
import { FilterInput } from '../../components/FilterInput';
import { ImageIcon, SearchIcon } from '../../components/Icons';
import { ListError } from '../../components/ListError';
import { RefreshButton } from '../../components/RefreshButton';
import { useSlashFocus } from '../../components/useArrowKeys';
import { VirtualTable } from '../../components/VirtualTable';
import { filterImages } from '../../lib/filter';
import { formatSize, plural } from '../../lib/format';
import { IMAGES_MIN_WIDTH, imageColumns, imageRowHeight } from './columns';
import { useImages } from './useImages';

const rowKey = (image: ImageSummary) => image.id;

export function ImagesPage() {
  const query = useImages();
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  useSlashFocus(filterRef);

  const all = query.data;
  const rows = useMemo(() => filterImages(all ?? [], filter), [all, filter]);
  const total = useMemo(() => (all ?? []).reduce((sum, image) => sum + image.size, 0), [all]);
  const summary = all ? `${plural(all.length, 'image')} · ${formatSize(total)} total` : undefined;

  return (
    <>
      <TopBar
        title="Images"
        summary={summary}
        actions={
          <>
            <FilterInput ref={filterRef} label="Filter images" value={filter} onChange={setFilter} />
            <RefreshButton busy={query.isFetching} onClick={() => void query.refetch()} />
          </>
        }
      />
      <main className="min-h-0 flex-1 bg-surface">
        {query.isError && !all ? (
          <ListError
            what="images"
            error={query.error}
            retrying={query.isFetching}
            onRetry={() => void query.refetch()}
          />
        ) : (
          <VirtualTable
            label="Images"
            rows={rows}
            columns={imageColumns}
            rowKey={rowKey}
            rowHeight={imageRowHeight}
            minWidth={IMAGES_MIN_WIDTH}
            selectedKey={selected}
            onSelect={setSelected}
            loading={query.isPending}
            empty={
              all !== undefined && all.length === 0 ? (
                <EmptyState icon={<ImageIcon size={20} />} title="No images">
                  <p>Images you pull or build appear here. For example:</p>
                  <p className="mt-3">
                    <Command>docker pull busybox</Command>
                  </p>
                </EmptyState>
              ) : (
                <EmptyState
                  icon={<SearchIcon size={20} />}
                  title="No matching images"
                  action={<Button onClick={() => setFilter('')}>Clear filter</Button>}
                >
                  <p>Nothing matches “{filter}” in tags or IDs.</p>
                </EmptyState>
              )
            }
          />
        )}
      </main>
    </>
  );
}
