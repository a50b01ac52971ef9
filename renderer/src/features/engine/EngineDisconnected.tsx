/**
 * Shown above the page when the Engine goes away after it was reachable: the lists stay on screen,
 * marked as a picture of the past, while the backend reconnects with backoff. When the Engine is
 * back the banner goes, every list is fetched once (useRecovery) and events resume from where the
 * stream stopped, so nothing that happened meanwhile is missed.
 */
import type { EngineStatus } from '../../../../electron/shared/dto';
import { Button } from '../../components/Button';
import { Spinner } from '../../components/Spinner';
import { RefreshIcon } from '../../components/Icons';

type Unavailable = Extract<EngineStatus, { state: 'unavailable' }>;

interface Props {
  status: Unavailable;
  /** Epoch ms when the Engine was last known to be there: what the lists below show. */
  lostAt: number;
  retrying: boolean;
  onRetry: () => void;
}

export function EngineDisconnected({ status, lostAt, retrying, onRetry }: Props) {
  const asOf = new Date(lostAt).toLocaleTimeString();
  return (
    <div
      role="alert"
      aria-labelledby="engine-disconnected-title"
      className="flex flex-wrap items-center gap-x-4 gap-y-1.5 border-b border-paused/40 bg-paused/10 px-5 py-2.5 text-[13px]"
    >
      <Spinner size={14} className="shrink-0 text-paused-text" />
      <div className="min-w-0 flex-1">
        <p id="engine-disconnected-title" className="font-semibold text-paused-text">
          Engine disconnected — reconnecting…
        </p>
        <p className="text-text">
          {status.message} What you see is as of <time dateTime={new Date(lostAt).toISOString()}>{asOf}</time> and may
          be out of date; it updates by itself when the Engine is back.
        </p>
      </div>
      <Button size="sm" busy={retrying} icon={<RefreshIcon size={13} />} onClick={onRetry}>
        Retry now
      </Button>
    </div>
  );
}
