/** A container's ports from its inspect, in the order and shape the container list uses. Pure. */
import type { PortBinding } from '../shared/dto';
import type { EngineContainerInspect } from './containerDetail';

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);
/** Code-unit order, not the locale's (which sorts punctuation before digits). */
const ordinal = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** "80/tcp" → its parts; null for anything else. */
function parsePortKey(key: string): { containerPort: number; protocol: PortBinding['protocol'] } | null {
  const match = /^(\d+)(?:\/(\w+))?$/.exec(key);
  if (!match) return null;
  const protocol = PROTOCOLS.has(match[2] ?? 'tcp') ? ((match[2] ?? 'tcp') as PortBinding['protocol']) : 'tcp';
  return { containerPort: Number(match[1]), protocol };
}

/**
 * Published and exposed ports, in the list's order (container port, then host port). A running
 * container's NetworkSettings has both; a stopped one's is empty, so its image's exposed ports stand in.
 */
export function toInspectPorts(inspect: Pick<EngineContainerInspect, 'NetworkSettings' | 'Config'>): PortBinding[] {
  const live = inspect.NetworkSettings?.Ports ?? {};
  const source =
    Object.keys(live).length > 0
      ? live
      : Object.fromEntries(Object.keys(inspect.Config?.ExposedPorts ?? {}).map((key) => [key, null]));
  const result: PortBinding[] = [];
  const seen = new Set<string>();
  for (const [key, bindings] of Object.entries(source)) {
    const port = parsePortKey(key);
    if (!port) continue;
    const published = (bindings ?? []).filter((binding) => Number(binding.HostPort) > 0);
    const rows: PortBinding[] =
      published.length === 0
        ? [{ ...port }]
        : published.map((binding) => ({
            ...port,
            hostIp: binding.HostIp || '0.0.0.0',
            hostPort: Number(binding.HostPort),
          }));
    for (const row of rows) {
      const id = `${row.hostIp ?? ''}|${row.hostPort ?? ''}|${row.containerPort}|${row.protocol}`;
      if (seen.has(id)) continue;
      seen.add(id);
      result.push(row);
    }
  }
  return result.sort(
    (a, b) =>
      a.containerPort - b.containerPort ||
      (a.hostPort ?? 0) - (b.hostPort ?? 0) ||
      a.protocol.localeCompare(b.protocol) ||
      // IPv4 before IPv6 ("0.0.0.0" < "::"), as `docker ps` prints them.
      ordinal(a.hostIp ?? '', b.hostIp ?? ''),
  );
}
