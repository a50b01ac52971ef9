/**
 * The PORTS column against docker/cli's own cases (cli/command/formatter/container_test.go,
 * TestDisplayablePorts), each written in Gantry's PortBinding shape: the CLI's IP becomes hostIp,
 * PublicPort hostPort, PrivatePort containerPort, Type protocol.
 */
import { describe, expect, it } from 'vitest';
import type { PortBinding } from '../../electron/shared/dto';
import { displayablePorts, ipBytes, portLink, portsText } from '../../renderer/src/lib/ports';

type Proto = PortBinding['protocol'];
/** One CLI PortSummary: [IP or '', PrivatePort, PublicPort or 0, Type]. */
function p(ip: string, privatePort: number, publicPort: number, type: Proto): PortBinding {
  const port: PortBinding = { containerPort: privatePort, protocol: type };
  if (ip !== '') port.hostIp = ip;
  if (publicPort !== 0) port.hostPort = publicPort;
  return port;
}

const CLI_CASES: [PortBinding[], string][] = [
  [[p('', 9988, 0, 'tcp')], '9988/tcp'],
  [[p('', 9988, 0, 'udp')], '9988/udp'],
  [[p('0.0.0.0', 9988, 0, 'tcp')], '0.0.0.0:0->9988/tcp'],
  [[p('::', 9988, 0, 'tcp')], '[::]:0->9988/tcp'],
  [[p('', 9988, 8899, 'tcp')], '9988/tcp'],
  [[p('4.3.2.1', 9988, 8899, 'tcp')], '4.3.2.1:8899->9988/tcp'],
  [[p('::1', 9988, 8899, 'tcp')], '[::1]:8899->9988/tcp'],
  [[p('4.3.2.1', 9988, 9988, 'tcp')], '4.3.2.1:9988->9988/tcp'],
  [[p('::1', 9988, 9988, 'tcp')], '[::1]:9988->9988/tcp'],
  [[p('', 9988, 0, 'udp'), p('', 9988, 0, 'udp')], '9988/udp, 9988/udp'],
  [[p('1.2.3.4', 9998, 9998, 'udp'), p('1.2.3.4', 9999, 9999, 'udp')], '1.2.3.4:9998-9999->9998-9999/udp'],
  [[p('::1', 9998, 9998, 'udp'), p('::1', 9999, 9999, 'udp')], '[::1]:9998-9999->9998-9999/udp'],
  [
    [p('1.2.3.4', 9998, 8887, 'udp'), p('1.2.3.4', 9999, 8888, 'udp')],
    '1.2.3.4:8887->9998/udp, 1.2.3.4:8888->9999/udp',
  ],
  [[p('::1', 9998, 8887, 'udp'), p('::1', 9999, 8888, 'udp')], '[::1]:8887->9998/udp, [::1]:8888->9999/udp'],
  [[p('', 9998, 0, 'udp'), p('', 9999, 0, 'udp')], '9998-9999/udp'],
  [[p('1.2.3.4', 6677, 7766, 'tcp'), p('', 9988, 8899, 'udp')], '9988/udp, 1.2.3.4:7766->6677/tcp'],
  [
    [
      p('1.2.3.4', 9988, 8899, 'udp'),
      p('1.2.3.4', 9988, 8899, 'tcp'),
      p('4.3.2.1', 2233, 3322, 'tcp'),
      p('::1', 2233, 3322, 'tcp'),
    ],
    '4.3.2.1:3322->2233/tcp, [::1]:3322->2233/tcp, 1.2.3.4:8899->9988/tcp, 1.2.3.4:8899->9988/udp',
  ],
  [
    [p('', 9988, 8899, 'udp'), p('1.2.3.4', 6677, 7766, 'tcp'), p('4.3.2.1', 2233, 3322, 'tcp')],
    '9988/udp, 4.3.2.1:3322->2233/tcp, 1.2.3.4:7766->6677/tcp',
  ],
  [
    [
      p('', 80, 0, 'tcp'),
      p('', 1024, 0, 'tcp'),
      p('', 80, 0, 'udp'),
      p('', 1024, 0, 'udp'),
      p('1.1.1.1', 1024, 80, 'tcp'),
      p('1.1.1.1', 1024, 80, 'udp'),
      p('1.1.1.1', 80, 1024, 'tcp'),
      p('1.1.1.1', 80, 1024, 'udp'),
      p('2.1.1.1', 1024, 80, 'tcp'),
      p('2.1.1.1', 1024, 80, 'udp'),
      p('2.1.1.1', 80, 1024, 'tcp'),
      p('2.1.1.1', 80, 1024, 'udp'),
      p('', 12345, 0, 'sctp'),
    ],
    '80/tcp, 80/udp, 1024/tcp, 1024/udp, 12345/sctp, 1.1.1.1:1024->80/tcp, 1.1.1.1:1024->80/udp, ' +
      '2.1.1.1:1024->80/tcp, 2.1.1.1:1024->80/udp, 1.1.1.1:80->1024/tcp, 1.1.1.1:80->1024/udp, ' +
      '2.1.1.1:80->1024/tcp, 2.1.1.1:80->1024/udp',
  ],
  // Host IPs are ordered numerically, not as strings ("10.0.0.2" would sort before "9.0.0.1").
  [[p('10.0.0.2', 80, 8080, 'tcp'), p('9.0.0.1', 80, 8081, 'tcp')], '9.0.0.1:8081->80/tcp, 10.0.0.2:8080->80/tcp'],
];

describe('portsText (docker/cli DisplayablePorts)', () => {
  it.each(CLI_CASES)('%j → %s', (ports, expected) => {
    expect(portsText(ports)).toBe(expected);
  });

  it('does not reorder the caller’s array', () => {
    const ports = [p('', 9999, 0, 'tcp'), p('', 80, 0, 'tcp')];
    portsText(ports);
    expect(ports.map((port) => port.containerPort)).toEqual([9999, 80]);
  });

  it('prints what the Engine lists for `-p 8080:80 -p 8000-8002:8000-8002` on both address families', () => {
    const ports = [
      p('0.0.0.0', 80, 8080, 'tcp'),
      p('::', 80, 8080, 'tcp'),
      ...[8000, 8001, 8002].flatMap((n) => [p('0.0.0.0', n, n, 'tcp'), p('::', n, n, 'tcp')]),
    ];
    expect(portsText(ports)).toBe(
      '0.0.0.0:8000-8002->8000-8002/tcp, [::]:8000-8002->8000-8002/tcp, 0.0.0.0:8080->80/tcp, [::]:8080->80/tcp',
    );
  });

  it('an empty list is an empty column', () => {
    expect(portsText([])).toBe('');
  });
});

describe('port links', () => {
  it('links published TCP ports on every address or loopback to localhost, a range by its first port', () => {
    const entries = displayablePorts([
      p('0.0.0.0', 80, 8080, 'tcp'),
      p('::', 80, 8080, 'tcp'),
      p('127.0.0.1', 5432, 15432, 'tcp'),
      p('0.0.0.0', 8000, 8000, 'tcp'),
      p('0.0.0.0', 8001, 8001, 'tcp'),
    ]);
    expect(entries).toEqual([
      { text: '0.0.0.0:8000-8001->8000-8001/tcp', url: 'http://localhost:8000/', published: true },
      { text: '0.0.0.0:8080->80/tcp', url: 'http://localhost:8080/', published: true },
      { text: '[::]:8080->80/tcp', url: 'http://localhost:8080/', published: true },
      { text: '127.0.0.1:15432->5432/tcp', url: 'http://localhost:15432/', published: true },
    ]);
  });

  it('no link for UDP, unpublished ports, port 0, or another host address', () => {
    expect(portLink('0.0.0.0', 53, 'udp')).toBeUndefined();
    expect(portLink(undefined, 80, 'tcp')).toBeUndefined();
    expect(portLink('0.0.0.0', 0, 'tcp')).toBeUndefined();
    expect(portLink('192.168.1.5', 8080, 'tcp')).toBeUndefined();
    expect(displayablePorts([p('', 80, 0, 'tcp')])).toEqual([{ text: '80/tcp', published: false }]);
  });
});

describe('ipBytes', () => {
  it('reads IPv4, IPv6 with "::", and IPv4-in-IPv6', () => {
    expect(ipBytes('10.0.0.2')).toEqual([10, 0, 0, 2]);
    expect(ipBytes('::1')).toEqual([...Array<number>(15).fill(0), 1]);
    expect(ipBytes('fd00::5')).toEqual([0xfd, 0, ...Array<number>(13).fill(0), 5]);
    expect(ipBytes('::ffff:1.2.3.4')?.slice(10)).toEqual([0xff, 0xff, 1, 2, 3, 4]);
  });

  it('refuses what is no address', () => {
    for (const bad of ['', '1.2.3', '256.1.1.1', '1::2::3', 'localhost', '1:2:3:4:5:6:7:8:9']) {
      expect(ipBytes(bad), bad).toBeUndefined();
    }
  });
});
