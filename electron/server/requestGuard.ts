/**
 * Who may talk to the web transport. The Docker socket is root on the host, so a page from anywhere
 * else must not reach it: wrong Host (DNS rebinding) or Origin (another site) → 403; no valid token
 * → 401. Pure, unit-tested.
 */
import { timingSafeEqual } from 'node:crypto';

export interface GuardConfig {
  token: string;
  /** "host:port" values a browser may send in the Host header. */
  allowedHosts: Set<string>;
  cookieName: string;
}

export interface RequestFacts {
  host: string | undefined;
  origin: string | undefined;
  url: string;
  cookie: string | undefined;
  authorization: string | undefined;
}

export type GuardVerdict =
  { allowed: true; tokenFromQuery: boolean } | { allowed: false; status: 401 | 403; reason: string };

export function allowedHostsFor(bindHost: string, port: number, extraHosts: string[] = []): Set<string> {
  const names = new Set([bindHost, ...extraHosts]);
  if (bindHost === '127.0.0.1' || bindHost === 'localhost' || bindHost === '::1') {
    names.add('127.0.0.1').add('localhost').add('::1');
  }
  return new Set([...names].map((name) => `${name.includes(':') ? `[${name}]` : name}:${port}`));
}

export function checkRequest(facts: RequestFacts, config: GuardConfig): GuardVerdict {
  const host = (facts.host ?? '').toLowerCase();
  if (!config.allowedHosts.has(host)) {
    return { allowed: false, status: 403, reason: `Host "${facts.host ?? ''}" is not the address Gantry serves` };
  }
  if (facts.origin !== undefined && !isAllowedOrigin(facts.origin, config.allowedHosts)) {
    return { allowed: false, status: 403, reason: `Origin "${facts.origin}" may not use Gantry` };
  }
  const queryToken = queryParam(facts.url, 'token');
  if (queryToken !== null && sameSecret(queryToken, config.token)) return { allowed: true, tokenFromQuery: true };
  const cookieToken = readCookie(facts.cookie, config.cookieName);
  if (cookieToken !== undefined && sameSecret(cookieToken, config.token))
    return { allowed: true, tokenFromQuery: false };
  const bearer = facts.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer !== undefined && sameSecret(bearer, config.token)) return { allowed: true, tokenFromQuery: false };
  return { allowed: false, status: 401, reason: 'A valid token is required: open the address Gantry printed' };
}

function isAllowedOrigin(origin: string, allowedHosts: Set<string>): boolean {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && allowedHosts.has(url.host.toLowerCase());
  } catch {
    return false;
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The path of a request target, or null when it is not one a browser sends ("//", "//a b"…):
 * the caller answers 400. Never throws — any page on any localhost port can send us garbage.
 */
export function requestPath(url: string): string | null {
  try {
    return new URL(url, 'http://placeholder').pathname;
  } catch {
    return null;
  }
}

function queryParam(url: string, name: string): string | null {
  try {
    return new URL(url, 'http://placeholder').searchParams.get(name);
  } catch {
    return null;
  }
}

/**
 * A cookie's value, or undefined. A value that is not valid percent-encoding counts as absent:
 * cookies are not isolated by port, so a page on another localhost port can set ours to anything.
 */
function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return undefined;
    }
  }
  return undefined;
}
