import { describe, expect, it } from 'vitest';
import { allowedHostsFor, checkRequest, type GuardConfig } from '../../electron/server/requestGuard';
import { parseServeArgs, servedUrl } from '../../electron/server/options';

const config: GuardConfig = {
  token: 's3cret-token-value',
  allowedHosts: allowedHostsFor('127.0.0.1', 7291),
  cookieName: 'gantry_token_7291',
};
const request = (overrides: Partial<Parameters<typeof checkRequest>[0]>) => ({
  host: '127.0.0.1:7291',
  origin: undefined,
  url: '/',
  cookie: undefined,
  authorization: undefined,
  ...overrides,
});

describe('checkRequest', () => {
  it('401 without a token, and with a wrong or prefix token', () => {
    for (const url of ['/', '/?token=wrong', '/?token=s3cret', '/?token=']) {
      expect(checkRequest(request({ url }), config)).toMatchObject({ allowed: false, status: 401 });
    }
  });

  it('accepts the token from the query, the cookie, or a bearer header', () => {
    expect(checkRequest(request({ url: '/?token=s3cret-token-value' }), config)).toEqual({
      allowed: true,
      tokenFromQuery: true,
    });
    expect(checkRequest(request({ cookie: 'x=1; gantry_token_7291=s3cret-token-value' }), config)).toMatchObject({
      allowed: true,
    });
    expect(checkRequest(request({ authorization: 'Bearer s3cret-token-value' }), config)).toMatchObject({
      allowed: true,
    });
  });

  it('403 for a Host that is not the served address (DNS rebinding), even with the token', () => {
    for (const host of ['evil.example:7291', '127.0.0.1:80', undefined, '127.0.0.1']) {
      expect(checkRequest(request({ host, url: '/?token=s3cret-token-value' }), config)).toMatchObject({ status: 403 });
    }
  });

  it('403 for a foreign Origin, even with the token', () => {
    for (const origin of ['https://evil.example', 'http://127.0.0.1:9999', 'null', 'https://127.0.0.1:7291']) {
      expect(checkRequest(request({ origin, url: '/?token=s3cret-token-value' }), config)).toMatchObject({
        status: 403,
      });
    }
  });

  it('accepts loopback spellings of the served address', () => {
    for (const host of ['localhost:7291', '[::1]:7291']) {
      expect(
        checkRequest(request({ host, origin: `http://${host}`, url: '/?token=s3cret-token-value' }), config),
      ).toMatchObject({
        allowed: true,
      });
    }
  });

  it('a non-loopback bind allows only that host', () => {
    const lan = allowedHostsFor('192.168.1.20', 8000);
    expect([...lan]).toEqual(['192.168.1.20:8000']);
  });
});

describe('parseServeArgs', () => {
  it('defaults to loopback with a random token', () => {
    const a = parseServeArgs([]);
    const b = parseServeArgs([]);
    expect(a).toMatchObject({ host: '127.0.0.1', port: 7291, generatedToken: true });
    expect(a.token).toMatch(/^[\w-]{32}$/);
    expect(a.token).not.toBe(b.token);
  });

  it('reads --host, --port and --token in both spellings', () => {
    expect(parseServeArgs(['--host', '0.0.0.0', '--port=0', '--token', 'abcdefgh'])).toEqual({
      host: '0.0.0.0',
      port: 0,
      token: 'abcdefgh',
      generatedToken: false,
    });
  });

  it('refuses bad values with a reason', () => {
    expect(() => parseServeArgs(['--port', 'http'])).toThrow(/--port/);
    expect(() => parseServeArgs(['--port', '70000'])).toThrow(/--port/);
    expect(() => parseServeArgs(['--token', 'short'])).toThrow(/--token/);
    expect(() => parseServeArgs(['--token'])).toThrow(/needs a value/);
    expect(() => parseServeArgs(['--verbose'])).toThrow(/Unknown option/);
  });

  it('prints IPv6 hosts in brackets', () => {
    expect(servedUrl('::1', 80, 'tok')).toBe('http://[::1]:80/?token=tok');
  });
});
