import { useMemo, useState } from 'react';
import type { ImageSummary } from '../../../../electron/shared/dto';
import { Command, EmptyState } from '../../components/EmptyState';
import { ImageIcon } from '../../components/Icons';
import { ListPage } from '../../components/ListPage';
import { filterImages } from '../../lib/filter';
import { formatSize, plural } from '../../lib/format';
import { IMAGES_MIN_WIDTH, imageColumns, imageRowHeight } from './columns';
import { useImages } from './useImages';

const table = {
  columns: imageColumns,
  rowKey: (image: ImageSummary) => image.id,
  rowHeight: imageRowHeight,
  minWidth: IMAGES_MIN_WIDTH,
};

export function ImagesPage() {
  const query = useImages();
  const [filter, setFilter] = useState('');
  const all = query.data;
  const rows = useMemo(() => filterImages(all ?? [], filter), [all, filter]);
  const total = useMemo(() => (all ?? []).reduce((sum, image) => sum + image.size, 0), [all]);

  return (
    <ListPage
      title="Images"
      query={query}
      summary={all ? `${plural(all.length, 'image')} · ${formatSize(total)} total` : undefined}
      filter={filter}
      onFilterChange={setFilter}
      filterMatches="tags or IDs"
      rows={rows}
      table={table}
      none={
        <EmptyState icon={<ImageIcon size={20} />} title="No images">
          <p>Images you pull or build appear here. For example:</p>
          <p className="mt-3">
            <Command>docker pull busybox</Command>
          </p>
        </EmptyState>
      }
    />
  );
}
