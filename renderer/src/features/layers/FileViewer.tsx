/**
 * A read-only view of one file from a layer, in a modal dialog: monospace with line numbers,
 * virtualised for long files. The text is rendered as text (React escapes it), never as HTML.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useMemo, useRef } from 'react';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { AlertIcon, CloseIcon } from '../../components/Icons';
import { Spinner } from '../../components/Spinner';
import { formatSize } from '../../lib/format';
import { DownloadIcon, FileIcon } from './icons';
import { useDialogFocus } from './useDialogFocus';
import { formatLimit, gutterWidth } from './viewFormat';

export type FileViewState =
  | { kind: 'loading' }
  | { kind: 'text'; text: string; size: number; truncated: boolean }
  | { kind: 'binary'; size: number }
  | { kind: 'error'; message: string };

export interface FileViewerProps {
  path: string;
  /** Which layer the file is from: "Layer 4 · COPY . /app". */
  layerLabel: string;
  state: FileViewState;
  onDownload: () => void;
  onClose: () => void;
  /** Bytes the backend sends at most (the "showing the first …" notice). Default 1 MiB. */
  limitBytes?: number;
}

const LINE_HEIGHT = 18;

export function FileViewer({
  path,
  layerLabel,
  state,
  onDownload,
  onClose,
  limitBytes = 1024 * 1024,
}: FileViewerProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const onKeyDown = useDialogFocus(dialogRef, onClose);
  const size = state.kind === 'text' || state.kind === 'binary' ? state.size : null;

  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/35 p-6" onMouseDown={onClose}>
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-layer`}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        onMouseDown={(event) => event.stopPropagation()}
        className="flex h-[min(760px,100%)] w-[min(1040px,100%)] flex-col overflow-hidden rounded-xl border border-border bg-surface shadow-toast outline-none"
      >
        <header className="flex items-center gap-3 border-b border-border px-4 py-2.5">
          <FileIcon size={16} className="shrink-0 text-text-faint" />
          <div className="min-w-0 flex-1">
            <h2 id={`${id}-title`} className="truncate font-mono text-[13px] font-medium text-text" title={path}>
              {path}
            </h2>
            <p id={`${id}-layer`} className="truncate text-[12px] text-text-muted">
              {layerLabel}
              {size !== null && ` · ${formatSize(size)}`}
            </p>
          </div>
          {state.kind === 'text' && (
            <Button size="sm" icon={<DownloadIcon size={13} />} onClick={onDownload}>
              Download
            </Button>
          )}
          <button
            type="button"
            data-autofocus
            aria-label="Close"
            title="Close (Esc)"
            onClick={onClose}
            className="inline-flex size-7 items-center justify-center rounded-md text-text-muted hover:bg-hover hover:text-text"
          >
            <CloseIcon size={15} />
          </button>
        </header>
        {state.kind === 'text' && state.truncated && (
          <p className="border-b border-border bg-paused/10 px-4 py-1.5 text-[12px] text-paused-text">
            Showing the first {formatLimit(limitBytes)} of {formatSize(state.size)}. Download the file to see all of it.
          </p>
        )}
        <div className="flex min-h-0 flex-1 flex-col bg-surface-sunken/40">
          {state.kind === 'loading' ? (
            <div className="flex flex-1 items-center justify-center gap-2 text-text-muted">
              <Spinner /> Reading the file…
            </div>
          ) : state.kind === 'error' ? (
            <EmptyState icon={<AlertIcon size={20} className="text-danger" />} title="Couldn't read the file">
              <p role="alert" className="text-text">
                {state.message}
              </p>
            </EmptyState>
          ) : state.kind === 'binary' ? (
            <EmptyState
              icon={<FileIcon size={20} />}
              title={`Binary file — ${state.size.toLocaleString()} bytes, not shown`}
              action={
                <Button icon={<DownloadIcon size={14} />} onClick={onDownload}>
                  Download
                </Button>
              }
            >
              <p>Download it ({formatSize(state.size)}) to look inside with your own tools.</p>
            </EmptyState>
          ) : (
            <TextLines text={state.text} label={path} />
          )}
        </div>
      </div>
    </div>
  );
}

function TextLines({ text, label }: { text: string; label: string }) {
  const lines = useMemo(() => {
    const split = text.split(/\r?\n/);
    if (split.length > 1 && split[split.length - 1] === '') split.pop();
    return split;
  }, [text]);
  const widest = useMemo(() => lines.reduce((max, line) => Math.max(max, line.length), 0), [lines]);
  const gutter = gutterWidth(lines.length);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LINE_HEIGHT,
    overscan: 20,
    initialRect: { width: 1000, height: 700 },
  });
  if (text === '') return <p className="p-6 text-center text-text-muted">The file is empty.</p>;
  return (
    <div
      ref={scrollRef}
      role="region"
      aria-label={`Contents of ${label}`}
      tabIndex={0}
      className="min-h-0 flex-1 overflow-auto font-mono text-[12px] leading-[18px] outline-offset-[-2px]"
    >
      <div
        className="relative"
        style={{ height: virtualizer.getTotalSize(), width: `calc(${gutter + widest + 4}ch + 32px)`, minWidth: '100%' }}
      >
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.index}
            className="absolute top-0 left-0 flex w-full"
            style={{ height: LINE_HEIGHT, transform: `translateY(${item.start}px)` }}
          >
            <span
              aria-hidden="true"
              className="sticky left-0 shrink-0 border-r border-border bg-surface pr-3 pl-3 text-right text-text-faint select-none"
              style={{ width: `calc(${gutter}ch + 24px)` }}
            >
              {item.index + 1}
            </span>
            <span className="pl-3 whitespace-pre text-text">{lines[item.index]}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
