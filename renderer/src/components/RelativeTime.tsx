import { useCallback } from 'react';
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
