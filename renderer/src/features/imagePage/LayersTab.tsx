/**
 * Layers & files: the build steps as a stack on the left; on the right the layer index (read when
 * the tab opens) with its wasted space; below, the selected layer's files and a search across all
 * layers. Opening a file shows it in a dialog.
 */
import { useMemo, useState } from 'react';
import type { ImageDetail, LayerIndexSummary } from '../../../../electron/shared/dto';
import { FileExplorer, FileViewer, LayerSearch, LayerStack, WastePanel, type ExplorerMode } from '../layers';
import { downloadLayerFile } from './download';
import { IndexStatus } from './IndexStatus';
import { LayerFigures } from './LayerFigures';
import {
  apiPath,
  defaultLayer,
  layerLabeller,
  toFileEntries,
  toFileViewState,
  toLayerSteps,
  toSearchResults,
  toWasteProps,
} from './mapping';
import { useLayerFile, useLayerFiles, useLayerSearch } from './queries';
import { useLayerIndex } from './useLayerIndex';

export function LayersTab({ image }: { image: ImageDetail }) {
  const steps = useMemo(() => toLayerSteps(image.history.steps), [image.history.steps]);
  const label = useMemo(() => layerLabeller(image.history.steps), [image.history.steps]);
  const shortLabel = useMemo(() => layerLabeller(image.history.steps, 'short'), [image.history.steps]);
  const [selected, setSelected] = useState<number | null>(() =>
    defaultLayer(image.history.steps, image.diffIds.length),
  );
  const [reveal, setReveal] = useState<string | null>(null);
  const index = useLayerIndex(image.id);

  const select = (layer: number) => {
    setSelected(layer);
    setReveal(null);
  };
  const revealIn = (layer: number, path: string) => {
    setSelected(layer);
    setReveal(path);
  };

  return (
    <div className="flex flex-col gap-4 px-6 py-5">
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-[minmax(0,1fr)_420px]">
        <section
          aria-label="Build steps and layers"
          className="min-w-0 overflow-hidden rounded-lg border border-border"
        >
          {image.history.layersApproximate && (
            <p className="border-b border-border bg-paused/8 px-4 py-1.5 text-[12px] text-paused-text">
              The history did not match the layers one to one: which step made a layer is a best guess.
            </p>
          )}
          <LayerStack
            steps={steps}
            baseImage={image.history.base ? { name: image.history.base.name } : null}
            selectedLayer={selected}
            onSelect={select}
          />
        </section>
        <section aria-label="Layer index" className="min-w-0 overflow-hidden rounded-lg border border-border">
          {index.state.kind === 'done' ? (
            <WastePanel {...toWasteProps(index.state.summary)} onReveal={revealIn} layerLabel={shortLabel} />
          ) : (
            <IndexStatus state={index.state} onCancel={index.cancel} onRetry={index.retry} />
          )}
        </section>
      </div>
      {index.state.kind === 'done' && (
        <IndexedFiles
          imageId={image.id}
          summary={index.state.summary}
          selected={selected}
          reveal={reveal}
          label={label}
          shortLabel={shortLabel}
          onReveal={revealIn}
        />
      )}
    </div>
  );
}

function IndexedFiles({
  imageId,
  summary,
  selected,
  reveal,
  label,
  shortLabel,
  onReveal,
}: {
  imageId: string;
  summary: LayerIndexSummary;
  selected: number | null;
  reveal: string | null;
  label: (layer: number) => string;
  shortLabel: (layer: number) => string;
  onReveal: (layer: number, path: string) => void;
}) {
  const [mode, setMode] = useState<ExplorerMode>('changes');
  const view = mode === 'changes' ? 'changes' : 'merged';
  const files = useLayerFiles(imageId, selected, view);
  const entries = useMemo(() => (files.data ? toFileEntries(files.data.entries, view) : []), [files.data, view]);
  const [pattern, setPattern] = useState('');
  const search = useLayerSearch(imageId, pattern);
  const results = useMemo(
    () => (pattern && search.data ? toSearchResults(search.data.matches) : []),
    [pattern, search.data],
  );
  const [open, setOpen] = useState<{ layer: number; path: string } | null>(null);
  const file = useLayerFile(imageId, open);
  const layerSummary = summary.layers.find((layer) => layer.index === selected);

  return (
    <div className="grid grid-cols-1 gap-4 xl:grid-cols-[minmax(0,1fr)_420px]">
      <section
        aria-label="Selected layer"
        className="flex h-[560px] min-w-0 flex-col overflow-hidden rounded-lg border border-border"
      >
        {selected === null ? (
          <p className="px-4 py-6 text-center text-text-muted">Select a layer to see its files.</p>
        ) : (
          <>
            <div className="border-b border-border bg-surface-sunken/50">
              <LayerFigures label={label(selected)} layer={layerSummary} />
            </div>
            {files.isError ? (
              <p role="alert" className="px-4 py-6 text-center text-danger-text">
                {files.error.message}
              </p>
            ) : (
              <div className="min-h-0 flex-1">
                <FileExplorer
                  key={selected}
                  entries={entries}
                  mode={mode}
                  onModeChange={setMode}
                  onOpenFile={(path) => setOpen({ layer: selected, path: apiPath(path) })}
                  revealPath={reveal}
                  loading={files.isPending}
                />
              </div>
            )}
            {files.data && files.data.total > files.data.entries.length && (
              <p className="border-t border-border px-4 py-1.5 text-[12px] text-text-muted">
                Showing {files.data.entries.length.toLocaleString()} of {files.data.total.toLocaleString()} paths.
              </p>
            )}
          </>
        )}
      </section>
      <section
        aria-label="Search all layers"
        className="flex h-[560px] min-w-0 flex-col overflow-hidden rounded-lg border border-border"
      >
        <LayerSearch
          results={results}
          onSearch={setPattern}
          onReveal={onReveal}
          searching={pattern !== '' && search.isFetching}
          layerLabel={shortLabel}
        />
        {search.isError && (
          <p role="alert" className="px-4 py-2 text-[12.5px] text-danger-text">
            {search.error.message}
          </p>
        )}
      </section>
      {open && (
        <FileViewer
          path={`/${open.path}`}
          layerLabel={label(file.data?.layer ?? open.layer)}
          state={
            file.isError
              ? { kind: 'error', message: file.error.message }
              : file.data
                ? toFileViewState(file.data)
                : { kind: 'loading' }
          }
          onDownload={() => void downloadLayerFile(imageId, open.layer, open.path)}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
