/**
 * A logs view of one container (the container page's tab) or several (the logs page): the
 * toolbar, the virtualised lines, the notices (older lines dropped, new lines while paused,
 * skipping at high rates, the end of the stream). Lines come from a LogFeed; a new tail or time
 * range starts a new one, everything else (search, filters, display) works on the buffer.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { showToast } from '../../components/toastStore';
import { copyText } from '../../lib/clipboard';
import { plural } from '../../lib/format';
import { api } from '../../lib/transport';
import { downloadLog } from './download';
import { LogFeed, RING_CAPACITY, SKIP_NOTICE_MS, type LogSource } from './logFeed';
import { cursorAt, cursorIndex, matchText, type MatchCursor } from './matchCursor';
import type { LogEntry, SearchQuery } from './model/types';
import type { LogTime } from './timeRange';
import { filteredEntries, type LevelFilter } from './viewFilter';
import { LogNotices, EndNotices, NewLinesBar } from './view/LogNotices';
import { LogRow } from './view/LogRow';
import { LogScroller, type LogScrollerHandle } from './view/LogScroller';
import { LogToolbar, type TailChoice } from './view/LogToolbar';
import './logs.css';

const SEARCH_DEBOUNCE_MS = 120;
const NO_RANGES: readonly never[] = [];

export function LogViewer({ sources, label }: { sources: readonly LogSource[]; label: string }) {
  const [tail, setTail] = useState<TailChoice>(1000);
  const [since, setSince] = useState<{ text: string; time?: LogTime }>({ text: '' });
  const [until, setUntil] = useState<{ text: string; time?: LogTime }>({ text: '' });
  const [rangeErrors, setRangeErrors] = useState<{ since?: string; until?: string }>({});
  const [timestamps, setTimestamps] = useState(false);
  const [wrap, setWrap] = useState(false);
  const [queryText, setQueryText] = useState('');
  const [regex, setRegex] = useState(false);
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [onlyMatching, setOnlyMatching] = useState(false);
  const [level, setLevel] = useState<LevelFilter>('all');
  const [following, setFollowing] = useState(true);
  const [pausedAt, setPausedAt] = useState(0);
  const [openFields, setOpenFields] = useState<ReadonlySet<number>>(new Set());
  const [shownAll, setShownAll] = useState<ReadonlySet<number>>(new Set());
  const [cursor, setCursor] = useState<MatchCursor | null>(null);
  const [attempt, setAttempt] = useState(0);
  const scroller = useRef<LogScrollerHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const query = useDebounced<SearchQuery | null>(
    useMemo(() => (queryText ? { text: queryText, regex, caseSensitive } : null), [queryText, regex, caseSensitive]),
    SEARCH_DEBOUNCE_MS,
  );

  const sourcesKey = sources.map((s) => `${s.id}\u0000${s.name}`).join('\u0001');
  const feed = useMemo(
    () => new LogFeed(api, sources, { tail, since: since.time, until: until.time }, null),
    // A new feed for new containers, a new tail or range, or a retry — not for anything else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sourcesKey, tail, since.time, until.time, attempt],
  );
  useEffect(() => {
    feed.start();
    return () => feed.stop();
  }, [feed]);
  // After start (effects run in order): the new feed searches with the current query at once.
  useEffect(() => feed.setQuery(query), [feed, query]);

  const version = useSyncExternalStore(feed.subscribe, feed.getVersion);
  const search = feed.search;
  const rows = useMemo(
    () => filteredEntries(feed.ring, level, onlyMatching && search.status === 'done' ? search : null),
    // version: the buffer changed in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [feed, version, level, onlyMatching, search],
  );
  const count = rows ? rows.length : feed.ring.length;
  const entryAt = useCallback((index: number) => (rows ? rows[index] : feed.ring.at(index)), [rows, feed]);

  // Keep the current match on its occurrence; pick the first when there is none (or it left the buffer).
  let currentIndex = cursorIndex(search, cursor);
  const shownCursor = currentIndex >= 0 ? cursor : cursorAt(search, 0);
  if (currentIndex < 0 && shownCursor) currentIndex = 0;

  const step = (direction: 1 | -1) => {
    const next = cursorAt(search, currentIndex + direction);
    if (!next) return;
    setCursor(next);
    setFollowing(false);
    setPausedAt(feed.received);
    const index = rows ? rows.findIndex((e) => e.seq === next.seq) : feed.ring.indexOfSeq(next.seq);
    if (index >= 0) scroller.current?.scrollToIndex(index);
  };

  const changeFollowing = (next: boolean) => {
    setFollowing(next);
    if (!next) setPausedAt(feed.received);
  };
  const jumpToLatest = () => {
    setFollowing(true);
    scroller.current?.scrollToBottom();
  };

  const multi = sources.length > 1;
  // The label column fits the longest name (compose names share a long prefix), within reason.
  const labelWidth = Math.min(32, Math.max(...sources.map((s) => s.name.length)));
  const toggleIn = (set: ReadonlySet<number>, seq: number) => {
    const next = new Set(set);
    if (next.has(seq)) next.delete(seq);
    else next.add(seq);
    return next;
  };
  const renderRow = (entry: LogEntry, index: number, measure: (element: HTMLElement | null) => void) => {
    const ranges = search.status === 'done' ? search.rangesFor(entry.seq) : NO_RANGES;
    return (
      <LogRow
        key={entry.seq}
        entry={entry}
        index={index}
        source={
          multi ? { name: sources[entry.source]?.name ?? '?', colour: entry.source, width: labelWidth } : undefined
        }
        timestamps={timestamps}
        wrap={wrap}
        matches={ranges}
        current={shownCursor && shownCursor.seq === entry.seq ? shownCursor.range : null}
        fieldsOpen={openFields.has(entry.seq)}
        shownAll={shownAll.has(entry.seq)}
        onToggleFields={(seq) => setOpenFields((s) => toggleIn(s, seq))}
        onShowAll={(seq) => setShownAll((s) => toggleIn(s, seq))}
        measure={measure}
      />
    );
  };

  const copy = () => {
    const selected = window.getSelection()?.toString() ?? '';
    const lines: string[] = [];
    if (!selected) for (let i = 0; i < count; i++) lines.push(entryAt(i)!.plain);
    void copyText(selected || lines.join('\n')).then(() =>
      showToast({
        tone: 'info',
        title: selected ? 'Copied the selection' : `Copied ${plural(lines.length, 'line')}`,
      }),
    );
  };

  const single = sources.length === 1 ? sources[0]! : null;
  const download = single
    ? () => void downloadLog(single.id, single.name, { since: since.time, until: until.time, timestamps })
    : undefined;

  const skipping = feed.skippingNow();
  // The notice goes once the skipping stops, even if no line comes to re-render the view.
  const [, recheck] = useState(0);
  useEffect(() => {
    if (!skipping) return;
    const timer = setTimeout(() => recheck((n) => n + 1), SKIP_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [skipping, feed.skippedAt]);

  const dropped = feed.received - feed.ring.length;
  const newLines = following ? 0 : Math.max(0, feed.received - pausedAt);
  const rangeError = rangeErrors.since ?? rangeErrors.until;
  const filtered = rows !== null;

  return (
    <div className="flex min-h-[420px] flex-1 flex-col">
      <LogToolbar
        searchRef={searchRef}
        query={queryText}
        onQuery={(text) => {
          setQueryText(text);
          setCursor(null);
        }}
        regex={regex}
        onRegex={setRegex}
        caseSensitive={caseSensitive}
        onCase={setCaseSensitive}
        matchText={matchText(search, currentIndex)}
        matchError={search.status === 'error'}
        onStep={step}
        onlyMatching={onlyMatching}
        onOnlyMatching={setOnlyMatching}
        level={level}
        onLevel={setLevel}
        onCopy={copy}
        onDownload={download}
        tail={tail}
        onTail={(next) => {
          setTail(next);
          setFollowing(true);
        }}
        since={since.text}
        until={until.text}
        onRange={(which, text, time) => {
          (which === 'since' ? setSince : setUntil)({ text, time });
          setFollowing(true);
        }}
        onRangeError={(which, message) => setRangeErrors((errors) => ({ ...errors, [which]: message ?? undefined }))}
        timestamps={timestamps}
        onTimestamps={setTimestamps}
        wrap={wrap}
        onWrap={setWrap}
        status={
          <>
            <span>
              {filtered
                ? `${count.toLocaleString()} of ${plural(feed.ring.length, 'line')}`
                : plural(feed.ring.length, 'line')}
            </span>
            <span aria-hidden="true">·</span>
            <span className={following ? 'font-medium text-running-text' : 'font-medium text-paused-text'}>
              {following ? 'Following' : 'Paused'}
            </span>
          </>
        }
      />
      <LogNotices
        rangeError={rangeError}
        dropped={dropped}
        capacity={RING_CAPACITY}
        skipping={skipping}
        skipped={feed.skipped}
      />
      <div className="relative min-h-0 flex-1">
        <LogScroller
          ref={scroller}
          label={label}
          count={count}
          entryAt={entryAt}
          version={version}
          evicted={filtered ? 0 : feed.lastEvicted}
          following={following}
          onFollowingChange={changeFollowing}
          lineCount={feed.ring.length}
          linesReceived={feed.received}
          wrap={wrap}
          renderRow={renderRow}
          empty={
            feed.ends.length === 0 && feed.received === 0 ? (
              <p className="px-4 py-3 font-sans text-[12.5px] text-text-muted">Waiting for log lines…</p>
            ) : filtered && feed.ring.length > 0 ? (
              <p className="px-4 py-3 font-sans text-[12.5px] text-text-muted">No lines match the filters.</p>
            ) : null
          }
          footer={
            <EndNotices
              ends={feed.ends}
              sources={sources}
              noLines={feed.received === 0}
              onRetry={() => {
                setAttempt((n) => n + 1);
                setFollowing(true);
              }}
            />
          }
        />
        {newLines > 0 && <NewLinesBar count={newLines} onJump={jumpToLatest} />}
      </div>
    </div>
  );
}

/** `value`, `ms` after it last changed (typing a search does not re-search per key). */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
