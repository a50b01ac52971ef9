/**
 * "Which layer added, changed or deleted /etc/ssl?" A path or glob (`*`, `?`, `**`), searched
 * by the parent after a pause in typing; results grouped by path, each layer that touched it a
 * button that reveals the path in that layer.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { FilterInput } from '../../components/FilterInput';
import { Spinner } from '../../components/Spinner';
import { formatSize, plural } from '../../lib/format';
import { ChangeBadge } from './ChangeBadge';
import { groupByPath, type SearchResult } from './searchResults';

export type { SearchResult } from './searchResults';

export interface LayerSearchProps {
  /** Results for the last pattern passed to onSearch. */
  results: readonly SearchResult[];
  /** Called with the trimmed pattern, `debounceMs` after typing stops ("" clears). */
  onSearch: (pattern: string) => void;
  onReveal: (layerIndex: number, path: string) => void;
  /** True while the parent is searching. */
  searching?: boolean;
  /** "Layer 3"; the parent may name layers by their step ("#3 RUN apt-get…"). */
  layerLabel?: (layerIndex: number) => string;
  debounceMs?: number;
  /** Paths shown at most (the rest counted). */
  limit?: number;
}

const defaultLabel = (layerIndex: number) => `Layer ${layerIndex + 1}`;

export function LayerSearch({
  results,
  onSearch,
  onReveal,
  searching = false,
  layerLabel = defaultLabel,
  debounceMs = 250,
  limit = 200,
}: LayerSearchProps) {
  const [pattern, setPattern] = useState('');
  const latest = useRef(onSearch);
  useEffect(() => {
    latest.current = onSearch;
  });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => latest.current(pattern.trim()), debounceMs);
    return () => clearTimeout(timer);
  }, [pattern, debounceMs]);

  const groups = useMemo(() => groupByPath(results), [results]);
  const shown = groups.slice(0, limit);
  const active = pattern.trim() !== '';

  return (
    <section aria-label="Search layers" className="flex min-h-0 flex-col">
      <div className="flex items-center gap-3 border-b border-border px-4 py-2.5">
        <FilterInput label="Search paths, e.g. /etc/ssl" value={pattern} onChange={setPattern} />
        <span className="flex items-center gap-1.5 text-[12px] text-text-muted" aria-live="polite">
          {searching ? (
            <>
              <Spinner size={12} /> Searching…
            </>
          ) : active ? (
            groups.length === 0 ? (
              'No layer touches a matching path'
            ) : (
              `${plural(groups.length, 'path')} in ${plural(results.length, 'change')}`
            )
          ) : (
            <>
              <kbd className="rounded border border-border px-1">*</kbd> any name ·
              <kbd className="rounded border border-border px-1">**</kbd> any folders ·
              <kbd className="rounded border border-border px-1">?</kbd> one character
            </>
          )}
        </span>
      </div>
      {!active && (
        <p className="px-4 py-6 text-center text-text-muted">
          Find which layer added, changed or deleted a path — a folder like <code>/etc/ssl</code> finds everything under
          it.
        </p>
      )}
      {active && shown.length > 0 && (
        <ul className="min-h-0 flex-1 overflow-auto py-1" aria-label="Search results">
          {shown.map((group) => (
            <li key={group.path} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-1.5 hover:bg-hover">
              <span className="min-w-0 flex-1 truncate font-mono text-[12px] text-text" title={group.path}>
                {group.path}
              </span>
              <span className="flex flex-wrap items-center gap-1.5">
                {group.events.map((event) => (
                  <button
                    key={`${event.layerIndex}-${event.change}`}
                    type="button"
                    onClick={() => onReveal(event.layerIndex, group.path)}
                    className="inline-flex h-6 items-center gap-1.5 rounded-md border border-border bg-surface-raised px-1.5 text-[12px] text-text-muted hover:border-border-strong hover:text-text"
                  >
                    {/* The name starts with what the button does; the visible text is all in it (WCAG 2.5.3). */}
                    <span className="sr-only">Show {group.path} in </span>
                    <span className="font-medium text-text">{layerLabel(event.layerIndex)}</span>
                    <ChangeBadge change={event.change} />
                    {event.change !== 'removed' && <span className="tabular">{formatSize(event.size)}</span>}
                  </button>
                ))}
              </span>
            </li>
          ))}
          {groups.length > shown.length && (
            <li className="px-4 py-2 text-[12px] text-text-muted">
              and {plural(groups.length - shown.length, 'more path')} — narrow the pattern to see them
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
