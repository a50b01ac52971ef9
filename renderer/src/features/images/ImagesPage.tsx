import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState, type MouseEvent } from 'react';
import type { ImageSummary } from '../../../../electron/shared/dto';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { Command, EmptyState } from '../../components/EmptyState';
import { ImageIcon } from '../../components/Icons';
import { ListPage } from '../../components/ListPage';
import { Segmented } from '../../components/Segmented';
import { formatSize, plural } from '../../lib/format';
import { GroupHeader, IMAGES_MIN_WIDTH, imageColumns, imageRowHeight } from './columns';
import { ImagesViewSwitch } from './ImagesViewSwitch';
import { imageRows, matchesShow, totalSize, visibleImages, type ImageRow } from './imageRows';
import { rememberImagesSearch } from './lastSearch';
import { RemoveImagesDialog } from './RemoveImagesDialog';
import { imagesSearch, imagesView, nextSort, type ImageShow, type ImageSortKey, type ImagesView } from './search';
import { allState, clickSelect, EMPTY_SELECTION, pruneSelection, toggleAll, type Selection } from './selection';
import { SelectionBar } from './SelectionBar';
import { usePrefetchImageMap } from './imageMapQuery';
import { useImages } from './useImages';

const route = getRouteApi('/images');

const SHOW_LABELS: Record<ImageShow, string> = {
  all: 'All',
  dangling: 'Dangling',
  unused: 'Unused',
  'in-use': 'In use',
};
const SHOW_WORDS: Record<Exclude<ImageShow, 'all'>, string> = {
  dangling: 'dangling images',
  unused: 'unused images',
  'in-use': 'images in use',
};

const rowKey = (row: ImageRow) => row.key;
const fullRow = (row: ImageRow) => (row.kind === 'group' ? <GroupHeader {...row} /> : undefined);

export function ImagesPage() {
  useDocumentTitle('Images');
  const query = useImages();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const view = useMemo(() => imagesView(search), [search]);
  useEffect(() => rememberImagesSearch(search), [search]);
  const setView = useCallback(
    (change: Partial<ImagesView>) =>
      void navigate({ search: (prev) => imagesSearch({ ...imagesView(prev), ...change }), replace: true }),
    [navigate],
  );

  const all = query.data;
  usePrefetchImageMap(query.isSuccess && (all?.length ?? 0) > 0);
  const rows = useMemo(() => imageRows(all ?? [], view), [all, view]);
  const shown = useMemo(() => visibleImages(all ?? [], view), [all, view]);
  const counts = useMemo(() => showCounts(all ?? []), [all]);

  const [rawSelection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const existing = useMemo(() => new Set((all ?? []).map((image) => image.id)), [all]);
  const selection = pruneSelection(rawSelection, existing);
  const selectable = useMemo(
    () => rows.map((row) => ({ key: row.key, id: row.kind === 'image' ? row.image.id : undefined })),
    [rows],
  );
  const [confirming, setConfirming] = useState(false);

  const openImage = useCallback(
    (key: string) => {
      const row = rows.find((r) => r.key === key);
      if (row?.kind !== 'image') return;
      void navigate({ to: '/images/$imageId', params: { imageId: row.image.id.replace(/^sha256:/, '') } });
    },
    [rows, navigate],
  );

  const columns = useMemo(
    () =>
      imageColumns({
        isSelected: (id) => selection.ids.has(id),
        onCheck: (key, shift) =>
          setSelection((s) => clickSelect(pruneSelection(s, existing), selectable, key, { shift })),
        allState: allState(selection, selectable),
        any: selection.ids.size > 0,
        onToggleAll: () => setSelection((s) => toggleAll(pruneSelection(s, existing), selectable)),
      }),
    [selection, selectable, existing],
  );
  const onRowClick = useCallback(
    (key: string, event: MouseEvent) => {
      if (event.shiftKey || event.ctrlKey || event.metaKey) {
        setSelection((s) => clickSelect(pruneSelection(s, existing), selectable, key, { shift: event.shiftKey }));
      } else {
        openImage(key);
      }
    },
    [existing, selectable, openImage],
  );

  // Escape clears the selection (not while typing in the filter, which Escape clears first, or in the dialog).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || confirming) return;
      if (event.target instanceof HTMLInputElement && event.target.type === 'search') return;
      setSelection(EMPTY_SELECTION);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [confirming]);

  const selected = useMemo(() => (all ?? []).filter((image) => selection.ids.has(image.id)), [all, selection]);
  const filtered = view.q !== '' || view.show !== 'all';

  return (
    <>
      <ListPage
        title="Images"
        query={query}
        summary={all ? summary(all, shown, filtered) : undefined}
        filter={view.q}
        onFilterChange={(q) => setView({ q })}
        filterMatches="tags or IDs"
        otherFilters={
          view.show === 'all' ? undefined : { describe: SHOW_WORDS[view.show], clear: () => setView({ show: 'all' }) }
        }
        rows={rows}
        table={{
          columns,
          rowKey,
          rowHeight: imageRowHeight,
          minWidth: IMAGES_MIN_WIDTH,
          sort: { column: view.sort, dir: view.dir },
          onSort: (column) => setView(nextSort(view, column as ImageSortKey)),
          onRowClick,
          onEnter: openImage,
          isChecked: (row) => row.kind === 'image' && selection.ids.has(row.image.id),
          fullRow,
          scrollKey: 'images',
        }}
        toolbar={
          <div className="flex h-11 shrink-0 items-center gap-3 border-b border-border bg-surface px-4">
            <ImagesViewSwitch value="list" />
            <div aria-hidden="true" className="h-4 border-l border-border" />
            <Segmented
              label="Show"
              value={view.show}
              options={(['all', 'dangling', 'unused', 'in-use'] as const).map((value) => ({
                value,
                label: SHOW_LABELS[value],
                count: all ? counts[value] : undefined,
              }))}
              onChange={(show) => setView({ show })}
            />
            <label className="ml-auto inline-flex cursor-pointer items-center gap-2 text-[12.5px] font-medium text-text-muted select-none hover:text-text">
              <input
                type="checkbox"
                checked={view.group}
                onChange={(event) => setView({ group: event.target.checked })}
                className="size-3.5 cursor-pointer accent-accent"
              />
              Group by repository
            </label>
          </div>
        }
        overlay={
          selected.length > 0 && (
            <SelectionBar
              count={selected.length}
              size={totalSize(selected)}
              onClear={() => setSelection(EMPTY_SELECTION)}
              onRemove={() => setConfirming(true)}
            />
          )
        }
        none={
          <EmptyState icon={<ImageIcon size={20} />} title="No images">
            <p>Images you pull or build appear here. For example:</p>
            <p className="mt-3">
              <Command>docker pull busybox</Command>
            </p>
          </EmptyState>
        }
      />
      {confirming && <RemoveImagesDialog images={selected} onClose={() => setConfirming(false)} />}
    </>
  );
}

function showCounts(images: readonly ImageSummary[]): Record<ImageShow, number> {
  const counts: Record<ImageShow, number> = { all: 0, dangling: 0, unused: 0, 'in-use': 0 };
  for (const image of images) {
    for (const show of ['all', 'dangling', 'unused', 'in-use'] as const) if (matchesShow(image, show)) counts[show]++;
  }
  return counts;
}

/** "42 images · 3.1GB"; filtered: "3 of 42 images · 120MB" (the shown ones' size). */
function summary(all: readonly ImageSummary[], shown: readonly ImageSummary[], filtered: boolean): string {
  if (!filtered) return `${plural(all.length, 'image')} · ${formatSize(totalSize(all))}`;
  return `${shown.length} of ${plural(all.length, 'image')} · ${formatSize(totalSize(shown))}`;
}
