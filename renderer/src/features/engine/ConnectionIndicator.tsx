import { useConnection, type Connection } from './useEngineStatus';

const LOOK: Record<Connection, { label: string; dot: string }> = {
  connecting: { label: 'Connecting', dot: 'bg-neutral animate-pulse' },
  connected: { label: 'Connected', dot: 'bg-running' },
  reconnecting: { label: 'Reconnecting', dot: 'bg-paused animate-pulse' },
  unavailable: { label: 'Unavailable', dot: 'bg-danger' },
};

/** The engine's name, version and address, and a connection dot with its label. */
export function ConnectionIndicator() {
  const { connection, status } = useConnection();
  const look = LOOK[connection];
  const info = status?.state === 'connected' ? status.info : undefined;
  const address = info?.address ?? (status?.state === 'unavailable' ? status.address : undefined);
  const details = info
    ? `${info.name} ${info.version} (API ${info.apiVersion}, ${info.os}/${info.arch})\n${info.address} (${info.source === 'DOCKER_HOST' ? 'from DOCKER_HOST' : 'detected'})`
    : address;

  return (
    <div
      className="flex min-w-0 items-center gap-2.5 rounded-md border border-border bg-surface-raised px-2.5 py-1 text-[12px]"
      title={details}
    >
      <span role="status" className="flex shrink-0 items-center gap-1.5 font-medium text-text">
        <span aria-hidden="true" className={`size-2 rounded-full ${look.dot}`} />
        {look.label}
      </span>
      {info && (
        <span className="hidden min-w-0 truncate text-text-muted lg:inline">
          {info.name} {info.version}
        </span>
      )}
      {address && (
        <span className="hidden max-w-[280px] min-w-0 truncate font-mono text-[11.5px] text-text-faint xl:inline">
          {address}
        </span>
      )}
    </div>
  );
}
