/**
 * Ports as `docker ps` prints them: the rules of docker/cli's formatter DisplayablePorts
 * (cli/command/formatter/container.go), rewritten here. Sorted by container port, host IP
 * (numerically, IPv4 before IPv6), host port, protocol; a port published on the same host port
 * as its container port joins a range with its neighbours ("0.0.0.0:8000-8002->8000-8002/tcp"),
 * as do unpublished ones ("9998-9999/udp"); other mappings come last, one each
 * ("[::]:8080->80/tcp"). Pure: unit-tested against the CLI's own cases in port-format.test.ts. Used by the containers list and
 * the container page.
 */
import type { PortBinding } from '../../../electron/shared/dto';

export interface PortEntry {
  /** Exactly the CLI's text for this part of the list. */
  text: string;
  /** The page a published TCP port answers on (the first of a range), or undefined. */
  url?: string;
  /** Published on the host (false: only exposed, "80/tcp"). */
  published: boolean;
}

/** The host address as bytes (4 or 16), or undefined when absent or unparseable. */
export function ipBytes(ip: string | undefined): number[] | undefined {
  if (ip === undefined || ip === '') return undefined;
  return ip.includes(':') ? ipv6Bytes(ip) : ipv4Bytes(ip);
}

function ipv4Bytes(ip: string): number[] | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) return undefined;
  return parts.map(Number);
}

function ipv6Bytes(ip: string): number[] | undefined {
  const address = ip.split('%')[0] ?? '';
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const groups = (text: string | undefined): number[] | undefined => {
    if (text === undefined || text === '') return [];
    const out: number[] = [];
    for (const part of text.split(':')) {
      if (part.includes('.')) {
        const v4 = ipv4Bytes(part);
        if (!v4) return undefined;
        out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(part)) out.push(parseInt(part, 16));
      else return undefined;
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 0) return undefined;
  const all = [...head, ...Array<number>(missing).fill(0), ...tail];
  return all.flatMap((group) => [group >> 8, group & 0xff]);
}

/** Go's netip.Addr.Less: no address first, then IPv4 before IPv6, then by bytes. */
function compareIps(a: string | undefined, b: string | undefined): number {
  const x = ipBytes(a) ?? [];
  const y = ipBytes(b) ?? [];
  if (x.length !== y.length) return x.length - y.length;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

function comparePorts(a: PortBinding, b: PortBinding): number {
  if (a.containerPort !== b.containerPort) return a.containerPort - b.containerPort;
  const byIp = compareIps(hostIpOf(a), hostIpOf(b));
  if (byIp !== 0) return byIp;
  const hostA = a.hostPort ?? 0;
  const hostB = b.hostPort ?? 0;
  if (hostA !== hostB) return hostA - hostB;
  return a.protocol < b.protocol ? -1 : a.protocol > b.protocol ? 1 : 0;
}

/** The CLI counts a port as published only when it has a valid host IP. */
function hostIpOf(port: PortBinding): string | undefined {
  return ipBytes(port.hostIp) ? port.hostIp : undefined;
}

/** Go's net.JoinHostPort: IPv6 addresses in brackets. */
function joinHostPort(host: string, port: string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

const ANY_OR_LOOPBACK = new Set(['0.0.0.0', '::', '127.0.0.1', '::1']);

/**
 * Where the app sends a click on a published TCP port: http://localhost:PORT/, and only for ports
 * published on every address or on loopback (another host IP is not localhost, and the desktop
 * app opens nothing but loopback URLs).
 */
export function portLink(hostIp: string | undefined, hostPort: number, protocol: string): string | undefined {
  if (protocol !== 'tcp' || hostPort <= 0 || hostIp === undefined || !ANY_OR_LOOPBACK.has(hostIp)) return undefined;
  return `http://localhost:${hostPort}/`;
}

interface Group {
  ip: string | undefined;
  protocol: string;
  first: number;
  last: number;
}

function groupEntry(group: Group): PortEntry {
  const range = group.first === group.last ? `${group.first}` : `${group.first}-${group.last}`;
  if (group.ip === undefined) return { text: `${range}/${group.protocol}`, published: false };
  return {
    text: `${joinHostPort(group.ip, range)}->${range}/${group.protocol}`,
    url: portLink(group.ip, group.first, group.protocol),
    published: true,
  };
}

/** The container's ports as the CLI lists them, each part with its link (if any). */
export function displayablePorts(ports: readonly PortBinding[]): PortEntry[] {
  const sorted = [...ports].sort(comparePorts);
  const groups = new Map<string, Group>();
  const result: PortEntry[] = [];
  const mappings: PortEntry[] = [];
  for (const port of sorted) {
    const current = port.containerPort;
    const ip = hostIpOf(port);
    let key: string = port.protocol;
    if (ip !== undefined) {
      const hostPort = port.hostPort ?? 0;
      if (hostPort !== current) {
        mappings.push({
          text: `${joinHostPort(ip, String(hostPort))}->${current}/${port.protocol}`,
          url: portLink(ip, hostPort, port.protocol),
          published: true,
        });
        continue;
      }
      key = `${ip}/${port.protocol}`;
    }
    const group = groups.get(key);
    if (group === undefined) {
      // A Map keeps the order keys were first made in: the CLI's groupMapKeys.
      groups.set(key, { ip, protocol: port.protocol, first: current, last: current });
      continue;
    }
    if (current === group.last + 1) {
      group.last = current;
      continue;
    }
    // Not next to the open range: that range is printed now, and a new one starts (in the old slot).
    result.push(groupEntry(group));
    groups.set(key, { ip, protocol: port.protocol, first: current, last: current });
  }
  for (const group of groups.values()) result.push(groupEntry(group));
  return [...result, ...mappings];
}

/** The whole PORTS column as one string, joined as the CLI does. */
export function portsText(ports: readonly PortBinding[]): string {
  return displayablePorts(ports)
    .map((entry) => entry.text)
    .join(', ');
}
