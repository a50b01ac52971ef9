/**
 * What the logs view says besides its lines: a time range it could not use, older lines dropped
 * from the buffer, skipping at rates beyond what it shows, new lines while paused, and how each
 * container's stream ended (the backend's words, or the Engine's error).
 */
import { Button } from '../../../components/Button';
import { AlertIcon } from '../../../components/Icons';
import { plural } from '../../../lib/format';
import type { LogSource, SourceEnd } from '../logFeed';

export function LogNotices({
  rangeError,
  dropped,
  capacity,
  skipping,
  skipped,
}: {
  rangeError: string | undefined;
  dropped: number;
  capacity: number;
  skipping: boolean;
  skipped: number;
}) {
  return (
    <>
      {rangeError && (
        <p
          role="alert"
          className="flex items-center gap-2 border-b border-border bg-danger/8 px-4 py-1.5 text-[12px] text-danger-text"
        >
          <AlertIcon size={13} className="shrink-0" />
          {rangeError} The lines shown are still for the previous range.
        </p>
      )}
      {skipping && (
        <p role="status" className="border-b border-border bg-paused/10 px-4 py-1.5 text-[12px] text-paused-text">
          Lines are arriving faster than the view can show: it is skipping ({skipped.toLocaleString()} lines so far).
          Download the log for every line.
        </p>
      )}
      {dropped > 0 && (
        <p className="border-b border-border bg-surface-sunken px-4 py-1 text-[12px] text-text-muted tabular">
          {dropped.toLocaleString()} older {dropped === 1 ? 'line' : 'lines'} dropped — the view keeps the newest{' '}
          {capacity.toLocaleString()}. Download the log for all of it.
        </p>
      )}
    </>
  );
}

export function NewLinesBar({ count, onJump }: { count: number; onJump: () => void }) {
  return (
    <div className="pointer-events-none absolute inset-x-0 bottom-3 z-10 flex justify-center">
      <div
        role="status"
        className="pointer-events-auto flex items-center gap-3 rounded-full border border-border-strong bg-surface-raised py-1 pr-1 pl-3.5 text-[12.5px] text-text shadow-toast tabular"
      >
        <span>{plural(count, 'new line')}</span>
        <Button size="sm" variant="primary" className="rounded-full" onClick={onJump}>
          Jump to latest
        </Button>
      </div>
    </div>
  );
}

export function EndNotices({
  ends,
  sources,
  noLines,
  onRetry,
}: {
  ends: readonly SourceEnd[];
  sources: readonly LogSource[];
  noLines: boolean;
  onRetry: () => void;
}) {
  if (ends.length === 0) return null;
  const multi = sources.length > 1;
  return (
    <div className="mx-2 mt-2 mb-1 flex flex-col gap-1 font-sans text-[12.5px]">
      {ends.map((end) => {
        const who = multi ? `${sources[end.source]?.name ?? 'A container'}: ` : '';
        return end.kind === 'error' ? (
          <div
            key={end.source}
            role="alert"
            className="flex items-center gap-2 rounded-md border border-danger/30 bg-danger/8 px-3 py-1.5 text-danger-text"
          >
            <AlertIcon size={14} className="shrink-0" />
            <span className="min-w-0 flex-1">
              {who}Couldn’t read the logs: {end.message}
            </span>
            <Button size="sm" onClick={onRetry}>
              Retry
            </Button>
          </div>
        ) : (
          <div
            key={end.source}
            className="flex items-center gap-2 rounded-md border border-border bg-surface-sunken px-3 py-1.5 text-text-muted dark:bg-surface"
          >
            <span aria-hidden="true" className="h-px w-4 bg-border-strong" />
            <p role="status" className="min-w-0 flex-1">
              {who}
              {end.message}
              {noLines && !multi && ' No lines in this range.'}
            </p>
            {!multi && (
              <Button size="sm" variant="ghost" title="Open the log again (after a restart, say)" onClick={onRetry}>
                Follow again
              </Button>
            )}
          </div>
        );
      })}
    </div>
  );
}
