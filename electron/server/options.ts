/** `gantry serve` command-line options. Pure, unit-tested. */
import { randomBytes } from 'node:crypto';

export interface ServeOptions {
  host: string;
  port: number;
  token: string;
  /** The token was generated rather than given. */
  generatedToken: boolean;
}

export const DEFAULT_PORT = 7291;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || host.startsWith('127.');
}

export function parseServeArgs(argv: string[]): ServeOptions {
  let host = '127.0.0.1';
  let port = DEFAULT_PORT;
  let token: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') throw new Error(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--host':
        host = value();
        break;
      case '--port': {
        const text = value();
        port = Number(text);
        if (!/^\d+$/.test(text) || port > 65535)
          throw new Error(`--port must be a number from 0 to 65535, not "${text}"`);
        break;
      }
      case '--token':
        token = value();
        if (!/^[\w.~-]{8,256}$/.test(token))
          throw new Error('--token must be 8–256 characters of letters, digits, "-", "_", "." or "~"');
        break;
      default:
        throw new Error(
          `Unknown option ${arg}. Usage: serve [--host 127.0.0.1] [--port ${DEFAULT_PORT}] [--token TOKEN]`,
        );
    }
  }
  return { host, port, token: token ?? randomBytes(24).toString('base64url'), generatedToken: token === undefined };
}

/** The address people type into a browser for a bind host and port. */
export function servedUrl(host: string, port: number, token: string): string {
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return `http://${shownHost}:${port}/?token=${encodeURIComponent(token)}`;
}
