import type { PortBinding } from '../../../../electron/shared/dto';
import { formatPort, portUrl, uniquePorts } from '../../lib/format';

const SHOWN = 2;

/** Published ports as links that open in the browser ("8080→80/tcp"); unpublished ones muted. */
export function PortsCell({ ports }: { ports: readonly PortBinding[] }) {
  const unique = uniquePorts(ports);
  if (unique.length === 0) return <span className="text-text-faint">—</span>;
  const shown = unique.slice(0, SHOWN);
  const rest = unique.slice(SHOWN);
  return (
    <div className="flex min-w-0 flex-col gap-0.5 font-mono text-[12px] leading-4">
      {shown.map((port) => {
        const url = portUrl(port);
        const text = formatPort(port);
        return url ? (
          <a
            key={text}
            href={url}
            target="_blank"
            rel="noopener noreferrer"
            title={`Open ${url}`}
            onMouseDown={(event) => event.stopPropagation()}
            className="truncate text-accent-text underline-offset-2 hover:underline"
          >
            {text}
          </a>
        ) : (
          <span key={text} className="truncate text-text-muted">
            {text}
          </span>
        );
      })}
      {rest.length > 0 && (
        <span className="text-[11.5px] text-text-faint" title={rest.map(formatPort).join(', ')}>
          +{rest.length} more
        </span>
      )}
    </div>
  );
}
