/**
 * One log line: its container's label (merged views), the local time (when timestamps are on),
 * stderr marked by a coloured left edge and a label for screen readers, the text with its ANSI
 * styles, links and search marks. A JSON/logfmt line leads with its level and message, its fields
 * behind a disclosure; a stack-trace frame sits under its line; a runaway line is cut until asked.
 */
import { memo } from 'react';
import { findLinks } from '../model/links';
import type { LogEntry, LogLevel, MatchRange } from '../model/types';
import { localLogTime } from '../logTimeFormat';
import { LogText } from './LogText';

/** Characters of a line drawn before "show all" (a 1 MB line must not stall the frame). */
export const LINE_DRAW_LIMIT = 10_000;

const LEVEL_BADGE: Record<LogLevel, string> = {
  error: 'bg-danger/12 text-danger-text',
  warn: 'bg-paused/15 text-paused-text',
  info: 'bg-restarting/12 text-restarting-text',
  debug: 'bg-neutral/15 text-neutral-text',
  trace: 'bg-neutral/15 text-neutral-text',
};

/** A plain line's colour by its level: errors and warnings stand out, the rest stays quiet. */
const LEVEL_TEXT: Record<LogLevel | 'none', string> = {
  error: 'text-danger-text',
  warn: 'text-paused-text',
  info: 'text-text',
  debug: 'text-text-muted',
  trace: 'text-text-muted',
  none: 'text-text',
};

export interface LogRowProps {
  entry: LogEntry;
  index: number;
  /** Merged views: the container's name, its colour slot, and the label column's width (ch). */
  source?: { name: string; colour: number; width: number };
  timestamps: boolean;
  wrap: boolean;
  matches: readonly MatchRange[];
  current: MatchRange | null;
  fieldsOpen: boolean;
  shownAll: boolean;
  onToggleFields: (seq: number) => void;
  onShowAll: (seq: number) => void;
  measure: (element: HTMLElement | null) => void;
}

export const LogRow = memo(function LogRow(props: LogRowProps) {
  const { entry, index, source, timestamps, wrap, matches, current, fieldsOpen, shownAll, measure } = props;
  const stderr = entry.stream === 'stderr';
  const structured = entry.structured;
  const long = entry.plain.length > LINE_DRAW_LIMIT && !shownAll;
  return (
    <div
      ref={measure}
      data-index={index}
      data-log-line={entry.seq}
      className={`group/line flex items-start border-l-2 pr-4 hover:bg-hover/70 ${
        stderr ? 'border-danger bg-danger/[0.04]' : 'border-transparent'
      }`}
    >
      {source && (
        <span
          className={`log-source-${source.colour % 8} shrink-0 truncate pr-3 pl-2 font-medium select-none`}
          style={{ width: `calc(${source.width}ch + 1.25rem)` }}
          title={source.name}
        >
          {source.name}
        </span>
      )}
      {timestamps && (
        <time
          dateTime={entry.ts}
          title={entry.ts}
          className={`shrink-0 pr-3 text-text-faint tabular select-none ${source ? '' : 'pl-2'}`}
        >
          {localLogTime(entry.tsMs)}
        </time>
      )}
      <div className={`min-w-0 flex-1 ${source || timestamps ? '' : 'pl-2'} ${entry.continuation ? 'pl-6' : ''}`}>
        <div className={wrap ? 'break-words whitespace-pre-wrap [overflow-wrap:anywhere]' : 'whitespace-pre'}>
          {stderr && <span className="sr-only">stderr: </span>}
          {entry.continuation && (
            <span aria-hidden="true" className="-ml-4 inline-block w-4 text-text-faint select-none">
              ↳
            </span>
          )}
          {structured && (
            <span className="mr-2 select-none">
              {structured.level && (
                <span
                  className={`mr-1.5 inline-block rounded px-1 text-[10.5px] leading-[15px] font-semibold uppercase ${LEVEL_BADGE[structured.level]}`}
                >
                  {structured.level}
                </span>
              )}
              {structured.message !== null && <span className="font-medium text-text">{structured.message}</span>}
              {structured.fields.length > 0 && (
                <button
                  type="button"
                  aria-expanded={fieldsOpen}
                  onClick={() => props.onToggleFields(entry.seq)}
                  className="ml-2 rounded px-1 font-sans text-[11px] text-accent-text hover:bg-hover"
                >
                  {fieldsOpen ? 'Hide' : 'Show'} {structured.fields.length} fields
                </button>
              )}
            </span>
          )}
          <span
            className={structured ? 'text-text-muted' : entry.spans ? 'text-text' : LEVEL_TEXT[entry.level ?? 'none']}
          >
            <LogText
              plain={entry.plain}
              spans={entry.spans}
              matches={matches}
              current={current}
              links={findLinks(entry.plain)}
              limit={long ? LINE_DRAW_LIMIT : undefined}
            />
          </span>
          {long && (
            <button
              type="button"
              onClick={() => props.onShowAll(entry.seq)}
              className="ml-2 rounded border border-border-strong px-1.5 font-sans text-[11px] text-accent-text hover:bg-hover"
            >
              … show all {entry.plain.length.toLocaleString()} characters
            </button>
          )}
          {entry.cutBytes !== undefined && entry.cutBytes > 0 && (
            <span className="ml-2 font-sans text-[11px] text-text-muted italic">
              … {entry.cutBytes.toLocaleString()} bytes cut by Gantry
            </span>
          )}
        </div>
        {structured && fieldsOpen && (
          <dl className="my-1 grid grid-cols-[max-content_1fr] gap-x-3 rounded border border-border bg-surface-sunken px-2 py-1">
            {structured.fields.map(([key, value], i) => (
              <div key={`${key}-${i}`} className="contents">
                <dt className="text-text-muted">{key}</dt>
                <dd className="break-all whitespace-pre-wrap text-text">{value}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </div>
  );
});
