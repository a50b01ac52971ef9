import { useCallback } from 'react';
import type { Column } from './VirtualTable';
import { useClockText } from '../lib/clock';
import { exactTime, timeAgo } from '../lib/format';

/** "2 hours ago", like the docker CLI, with the exact local time on hover. `seconds`: Unix seconds. */
export function RelativeTime({ seconds }: { seconds: number }) {
  const format = useCallback((now: number) => timeAgo(seconds, now), [seconds]);
  const text = useClockText(format);
  return (
    <time dateTime={new Date(seconds * 1000).toISOString()} title={exactTime(seconds)} className="truncate">
      {text}
    </time>
  );
}

/** The "Created" column every resource table has, sized for the CLI's longest words ("Less than a second ago"). */
export function createdColumn<T>(createdSeconds: (row: T) => number): Column<T> {
  return {
    id: 'created',
    header: 'Created',
    width: '168px',
    cell: (row) => (
      <span className="truncate text-text-muted">
        <RelativeTime seconds={createdSeconds(row)} />
      </span>
    ),
  };
}
