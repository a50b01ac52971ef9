/**
 * "Logs" for several containers at once — a compose project's header, the list's selection bar:
 * a link to the logs page with their IDs (a link, so it also opens in a new tab in serve mode).
 */
import { Link } from '@tanstack/react-router';
import { LogsIcon } from '../../components/Icons';
import { MAX_LOG_SOURCES } from './search';

const GHOST_SM =
  'inline-flex h-7 shrink-0 items-center gap-1.5 rounded-md border border-transparent px-2.5 text-[12.5px] font-medium whitespace-nowrap text-text-muted transition-colors hover:bg-hover hover:text-text';

export function LogsLink({ ids, label }: { ids: readonly string[]; label: string }) {
  return (
    <Link
      to="/logs"
      search={{ ids: ids.slice(0, MAX_LOG_SOURCES).join(',') }}
      aria-label={label}
      title={ids.length > MAX_LOG_SOURCES ? `${label} (the first ${MAX_LOG_SOURCES})` : label}
      className={GHOST_SM}
    >
      <LogsIcon size={12} />
      Logs
    </Link>
  );
}
