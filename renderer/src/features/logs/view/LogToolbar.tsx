/**
 * The logs toolbar. First row: search (regex, case, match count, previous/next, only matching
 * lines), the level filter, Copy and Download. Second row: how many lines, since/until,
 * timestamps and wrapping, and what the view is doing (following, paused, skipping).
 */
import type { ReactNode, RefObject } from 'react';
import { Button } from '../../../components/Button';
import { CopyIcon, SearchIcon } from '../../../components/Icons';
import { DownloadIcon } from '../../layers/icons';
import type { LogTime } from '../timeRange';
import { LEVEL_FILTERS, type LevelFilter } from '../viewFilter';
import { FIELD, TimeInput, Toggle } from './ToolbarControls';

export type TailChoice = 100 | 1000 | 10000 | 'all';

export const TAIL_CHOICES: ReadonlyArray<{ value: TailChoice; label: string }> = [
  { value: 100, label: '100' },
  { value: 1000, label: '1,000' },
  { value: 10000, label: '10,000' },
  { value: 'all', label: 'All' },
];

export interface LogToolbarProps {
  searchRef: RefObject<HTMLInputElement | null>;
  query: string;
  onQuery: (text: string) => void;
  regex: boolean;
  onRegex: (on: boolean) => void;
  caseSensitive: boolean;
  onCase: (on: boolean) => void;
  /** "3 of 17", "No matches", or what is wrong with the pattern. */
  matchText: string | null;
  matchError: boolean;
  onStep: (direction: 1 | -1) => void;
  onlyMatching: boolean;
  onOnlyMatching: (on: boolean) => void;
  level: LevelFilter;
  onLevel: (level: LevelFilter) => void;
  onCopy: () => void;
  onDownload?: () => void;
  tail: TailChoice;
  onTail: (tail: TailChoice) => void;
  since: string;
  until: string;
  onRange: (which: 'since' | 'until', text: string, time: LogTime | undefined) => void;
  onRangeError: (which: 'since' | 'until', message: string | null) => void;
  timestamps: boolean;
  onTimestamps: (on: boolean) => void;
  wrap: boolean;
  onWrap: (on: boolean) => void;
  status: ReactNode;
}

export function LogToolbar({ searchRef, ...p }: LogToolbarProps) {
  return (
    <div className="border-b border-border bg-surface">
      <div
        role="toolbar"
        aria-label="Search logs"
        className="flex flex-wrap items-center gap-x-2 gap-y-2 px-4 pt-2.5 pb-2"
      >
        <div className="relative flex items-center">
          <SearchIcon size={13} className="pointer-events-none absolute left-2.5 text-icon" />
          <input
            ref={searchRef}
            type="search"
            value={p.query}
            aria-label="Search logs"
            placeholder="Search logs"
            spellCheck={false}
            autoComplete="off"
            aria-invalid={p.matchError || undefined}
            onChange={(event) => p.onQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                p.onStep(event.shiftKey ? -1 : 1);
              } else if (event.key === 'Escape' && p.query) p.onQuery('');
            }}
            className={`${FIELD} w-64 pl-7 font-mono [&::-webkit-search-cancel-button]:hidden ${p.matchError ? 'border-danger' : ''}`}
          />
        </div>
        <Toggle pressed={p.regex} onChange={p.onRegex} label="Regular expression">
          <span className="font-mono">.*</span>
        </Toggle>
        <Toggle pressed={p.caseSensitive} onChange={p.onCase} label="Match case">
          <span className="font-mono">Aa</span>
        </Toggle>
        <span
          data-testid="log-match-count"
          aria-live="polite"
          className={`min-w-[72px] text-[12px] tabular ${p.matchError ? 'text-danger-text' : 'text-text-muted'}`}
        >
          {p.matchText ?? ''}
        </span>
        <div className="flex items-center">
          <StepButton label="Previous match" onClick={() => p.onStep(-1)} up />
          <StepButton label="Next match" onClick={() => p.onStep(1)} />
        </div>
        <Toggle pressed={p.onlyMatching} onChange={p.onOnlyMatching} label="Only matching lines">
          Only matching
        </Toggle>
        <div aria-hidden="true" className="mx-1 h-4 border-l border-border" />
        <label className="flex items-center gap-1.5 text-[12px] text-text-muted">
          Level
          <select
            aria-label="Level"
            value={p.level}
            onChange={(event) => p.onLevel(event.target.value as LevelFilter)}
            className={`${FIELD} px-1.5`}
          >
            {LEVEL_FILTERS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <div className="ml-auto flex items-center gap-1.5">
          <Button
            size="sm"
            variant="ghost"
            icon={<CopyIcon size={13} />}
            title="Copy the selected text, or every line shown"
            onClick={p.onCopy}
          >
            Copy
          </Button>
          {p.onDownload && (
            <Button
              size="sm"
              icon={<DownloadIcon size={13} />}
              title="Download the log (the time range, or all of it) from the Engine"
              onClick={p.onDownload}
            >
              Download
            </Button>
          )}
        </div>
      </div>
      <div
        role="toolbar"
        aria-label="Log range and display"
        className="flex flex-wrap items-center gap-x-3 gap-y-2 px-4 pb-2.5"
      >
        <label className="flex items-center gap-1.5 text-[12px] text-text-muted">
          Lines
          <select
            aria-label="Lines"
            value={String(p.tail)}
            onChange={(event) => {
              const value = event.target.value;
              p.onTail(value === 'all' ? 'all' : (Number(value) as TailChoice));
            }}
            className={`${FIELD} px-1.5 tabular`}
          >
            {TAIL_CHOICES.map((option) => (
              <option key={option.value} value={String(option.value)}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <TimeInput
          label="Since"
          value={p.since}
          onApply={(text, time) => p.onRange('since', text, time)}
          onError={(message) => p.onRangeError('since', message)}
        />
        <TimeInput
          label="Until"
          value={p.until}
          onApply={(text, time) => p.onRange('until', text, time)}
          onError={(message) => p.onRangeError('until', message)}
        />
        <div aria-hidden="true" className="h-4 border-l border-border" />
        <Toggle
          pressed={p.timestamps}
          onChange={p.onTimestamps}
          label="Timestamps"
          title="Show the Engine’s timestamps, in local time"
        >
          Timestamps
        </Toggle>
        <Toggle pressed={p.wrap} onChange={p.onWrap} label="Wrap lines">
          Wrap
        </Toggle>
        <div className="ml-auto flex items-center gap-2 text-[12px] text-text-muted tabular">{p.status}</div>
      </div>
    </div>
  );
}

function StepButton({ label, onClick, up = false }: { label: string; onClick: () => void; up?: boolean }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={`${label} (${up ? 'Shift+Enter' : 'Enter'})`}
      onClick={onClick}
      className="inline-flex size-7 items-center justify-center rounded-md text-text-muted hover:bg-hover hover:text-text"
    >
      <svg aria-hidden="true" width="12" height="12" viewBox="0 0 10 10" className={up ? 'rotate-180' : ''}>
        <path d="M2 3.5 5 6.5 8 3.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
    </button>
  );
}
