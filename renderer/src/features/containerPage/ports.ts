/** A container's ports as `docker port` / `docker ps` print them, and where a published one answers. */
import type { PortBinding } from '../../../../electron/shared/dto';
import { portUrl } from '../../lib/format';

/** "0.0.0.0:8080->80/tcp", "[::]:8080->80/tcp", "80/tcp" when only exposed. */
export function portText(port: PortBinding): string {
  const inner = `${port.containerPort}/${port.protocol}`;
  if (!port.hostPort) return inner;
  const ip = port.hostIp ?? '0.0.0.0';
  const host = ip.includes(':') ? `[${ip}]` : ip;
  return `${host}:${port.hostPort}->${inner}`;
}

/** Published ones first, then by container port, host IPv4 before IPv6. */
export function sortPorts(ports: readonly PortBinding[]): PortBinding[] {
  return [...ports].sort(
    (a, b) =>
      Number(!a.hostPort) - Number(!b.hostPort) ||
      a.containerPort - b.containerPort ||
      a.protocol.localeCompare(b.protocol) ||
      Number((a.hostIp ?? '').includes(':')) - Number((b.hostIp ?? '').includes(':')) ||
      (a.hostPort ?? 0) - (b.hostPort ?? 0),
  );
}

/** The link a published TCP port gets: http://localhost:PORT (the app builds it; nothing else is linked). */
export function portLink(port: PortBinding): string | null {
  return portUrl(port);
}
