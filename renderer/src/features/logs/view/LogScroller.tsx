/**
 * The scrolling, virtualised body of a logs view: only the lines on screen are in the DOM, heights
 * measured as they render (wrapped lines, open fields). Follow mode keeps the newest line at the
 * bottom; the person scrolling up (wheel, keys, scrollbar, touch) pauses it, and scrolling back to
 * the bottom resumes it. A programmatic scroll never pauses, so a burst of lines cannot "scroll
 * the person away". While paused, lines evicted from the front of the buffer do not move what is
 * on screen.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, type ReactNode, type Ref } from 'react';
import type { LogEntry } from '../model/types';

export const ROW_HEIGHT = 18;
/** How long after an input event a scroll counts as the person's own. */
const INTENT_MS = 400;
/** Within this many pixels of the bottom counts as "at the bottom". */
const BOTTOM_SLACK = 24;

export interface LogScrollerHandle {
  /** Brings a line (by its index in the view) to the middle of the screen. */
  scrollToIndex(index: number): void;
  scrollToBottom(): void;
}

export interface LogScrollerProps {
  count: number;
  entryAt: (index: number) => LogEntry | undefined;
  /** Changes whenever the lines do (the feed's version): the follow and anchor effects run on it. */
  version: number;
  /** Lines the last change evicted from the front (0 when the view is filtered: no anchoring then). */
  evicted: number;
  following: boolean;
  onFollowingChange: (following: boolean) => void;
  lineCount: number;
  linesReceived: number;
  label: string;
  wrap: boolean;
  renderRow: (entry: LogEntry, index: number, measure: (element: HTMLElement | null) => void) => ReactNode;
  /** Below the last line: end-of-stream and error notices. */
  footer?: ReactNode;
  /** Shown in place of lines when there are none. */
  empty?: ReactNode;
  ref?: Ref<LogScrollerHandle>;
}

export function LogScroller(props: LogScrollerProps) {
  const { count, entryAt, version, evicted, following, onFollowingChange, wrap, renderRow } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const intentAt = useRef(-Infinity);
  const followingRef = useRef(following);
  followingRef.current = following;

  const stickToBottom = () => {
    const element = scrollRef.current;
    if (element) element.scrollTop = element.scrollHeight;
  };

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer's API is not memo-friendly; rows are memoised by hand
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => entryAt(index)?.seq ?? index,
    overscan: 16,
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    // Heights measured after render can grow the content: stay at the bottom while following.
    onChange: () => {
      if (followingRef.current) stickToBottom();
    },
  });

  useImperativeHandle(props.ref, () => ({
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'center' }),
    scrollToBottom: stickToBottom,
  }));

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    if (followingRef.current) stickToBottom();
    else if (evicted > 0) element.scrollTop = Math.max(0, element.scrollTop - evicted * ROW_HEIGHT);
  }, [version, evicted, count]);

  useLayoutEffect(() => {
    if (following) stickToBottom();
  }, [following, wrap]);

  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const intent = () => {
      intentAt.current = performance.now();
    };
    const keys = (event: KeyboardEvent) => {
      if (['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' '].includes(event.key)) intent();
    };
    element.addEventListener('wheel', intent, { passive: true });
    element.addEventListener('touchmove', intent, { passive: true });
    element.addEventListener('pointerdown', intent);
    element.addEventListener('keydown', keys);
    return () => {
      element.removeEventListener('wheel', intent);
      element.removeEventListener('touchmove', intent);
      element.removeEventListener('pointerdown', intent);
      element.removeEventListener('keydown', keys);
    };
  }, []);

  const onScroll = () => {
    const element = scrollRef.current;
    if (!element || performance.now() - intentAt.current > INTENT_MS) return;
    const atBottom = element.scrollHeight - element.scrollTop - element.clientHeight <= BOTTOM_SLACK;
    if (atBottom !== followingRef.current) onFollowingChange(atBottom);
  };

  const items = virtualizer.getVirtualItems();
  const first = items[0];
  return (
    <div
      ref={scrollRef}
      role="region"
      aria-label={props.label}
      tabIndex={0}
      data-testid="log-view"
      data-following={String(following)}
      data-line-count={props.lineCount}
      data-lines-received={props.linesReceived}
      onScroll={onScroll}
      className="log-palette absolute inset-0 overflow-auto bg-surface py-1 font-mono text-[12px] leading-[18px] text-text [overflow-anchor:none] outline-offset-[-2px] dark:bg-surface-sunken"
    >
      {count === 0 && props.empty}
      <div
        className={`relative ${wrap ? 'w-full' : 'w-max min-w-full'}`}
        style={{ height: virtualizer.getTotalSize() }}
      >
        <div style={{ transform: `translateY(${first?.start ?? 0}px)` }}>
          {items.map((item) => {
            const entry = entryAt(item.index);
            return entry ? renderRow(entry, item.index, virtualizer.measureElement) : null;
          })}
        </div>
      </div>
      {props.footer}
    </div>
  );
}
