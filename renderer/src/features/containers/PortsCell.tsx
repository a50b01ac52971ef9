import type { PortBinding } from '../../../../electron/shared/dto';
import { displayablePorts, portsText } from '../../lib/ports';

/** Two lines fit a row: two parts, or one and "+N more". */
const LINES = 2;

/**
 * The PORTS column as `docker ps` prints it, one part per line; a published TCP port is a link to
 * http://localhost:PORT/ in a new tab (serve mode) or the user's browser (the desktop app's
 * window-open handler hands http(s) URLs to the OS browser and refuses every other scheme).
 */
export function PortsCell({ ports }: { ports: readonly PortBinding[] }) {
  const entries = displayablePorts(ports);
  if (entries.length === 0) return <span className="text-text-faint">—</span>;
  const count = entries.length <= LINES ? LINES : LINES - 1;
  const shown = entries.slice(0, count);
  const rest = entries.slice(count);
  return (
    <div className="flex min-w-0 flex-col gap-0.5 font-mono text-[12px] leading-4" title={portsText(ports)}>
      {shown.map((entry) =>
        entry.url ? (
          <a
            key={entry.text}
            href={entry.url}
            target="_blank"
            rel="noopener noreferrer"
            title={`Open ${entry.url}`}
            onMouseDown={(event) => event.stopPropagation()}
            className="truncate text-accent-text underline-offset-2 hover:underline"
          >
            {entry.text}
          </a>
        ) : (
          <span key={entry.text} className="truncate text-text-muted" title={entry.text}>
            {entry.text}
          </span>
        ),
      )}
      {rest.length > 0 && (
        <span className="font-sans text-[11.5px] text-text-faint" title={rest.map((entry) => entry.text).join(', ')}>
          +{rest.length} more
        </span>
      )}
    </div>
  );
}
