/** The shell's pure security decisions and path resolution (no electron module involved). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { preloadPath, rendererTarget } from '../../electron/main/paths';
import {
  CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
  isAllowedExternalUrl,
  isTrustedSender,
  originOf,
} from '../../electron/main/policy';
import { META_CONTENT_SECURITY_POLICY } from '../../electron/shared/contentSecurityPolicy';

describe('isAllowedExternalUrl', () => {
  it.each([
    'http://localhost:8080',
    'http://localhost:8080/some/path?q=1',
    'https://127.0.0.1:8443/',
    'http://0.0.0.0:3000',
    'http://[::1]:5000/',
    'http://127.0.0.1',
    'https://docs.docker.com/engine/reference/commandline/run/',
    'https://api.example.com/v1/orders?id=4312', // a link in a log line
    'http://db.internal:5432/',
  ])('opens %s (an http(s) link: a published port, Docker docs, a link in a log)', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://user:pass@localhost:8080/',
    'https://docs.docker.com@evil.example/',
    `https://example.com/${'a'.repeat(2100)}`,
    'javascript:alert(1)',
    'file:///etc/passwd',
    'ftp://localhost/',
    'vscode://file/etc/passwd',
    'ms-msdt:/id PCWDiagnostic',
    'smb://fileserver/share',
    'data:text/html,<script>alert(1)</script>',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const APP = 'app://gantry';

  it('accepts the app origin on any page path, route or query', () => {
    expect(isTrustedSender('app://gantry/index.html', APP)).toBe(true);
    expect(isTrustedSender('app://gantry/index.html#/images', APP)).toBe(true);
    expect(isTrustedSender('app://gantry/', APP, 'app://gantry')).toBe(true);
  });

  it.each([
    ['the old file:// page', 'file:///opt/Gantry/resources/app.asar/dist/renderer/index.html'],
    ['another app:// host', 'app://other/index.html'],
    ['a look-alike host', 'app://gantry.evil.example/index.html'],
    ['a remote page', 'https://evil.example/'],
    ['http on our host name', 'http://gantry/'],
    ['about:blank', 'about:blank'],
    ['a data URL', 'data:text/html,<script></script>'],
    ['garbage', 'not a url'],
    ['nothing', ''],
  ])('refuses %s', (_what, url) => {
    expect(isTrustedSender(url, APP)).toBe(false);
  });

  it("refuses when the frame's own origin disagrees with its URL", () => {
    expect(isTrustedSender('app://gantry/index.html', APP, 'null')).toBe(false);
    expect(isTrustedSender('app://gantry/index.html', APP, 'https://evil.example')).toBe(false);
  });

  it('accepts the dev server by origin only', () => {
    const dev = 'http://localhost:5173';
    expect(isTrustedSender('http://localhost:5173/containers', dev)).toBe(true);
    expect(isTrustedSender('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedSender('https://localhost:5173/', dev)).toBe(false);
    expect(isTrustedSender('http://evil.example:5173/', dev)).toBe(false);
  });

  it('serialises origins the way Chromium does, for app: too (where Node says "null")', () => {
    expect(originOf('app://gantry/index.html#/x')).toBe('app://gantry');
    expect(originOf('http://localhost:5173/a')).toBe('http://localhost:5173');
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('nonsense')).toBeNull();
  });
});

describe('content security policy', () => {
  it('is the strict policy: nothing inline, nothing remote, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('is what renderer/index.html carries in its meta tag, less the header-only frame-ancestors', () => {
    const html = readFileSync(path.resolve(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
    expect(meta).toBe(META_CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });

  it('relaxes only inline script/style and the HMR socket for the dev server', () => {
    const dev = devContentSecurityPolicy('http://localhost:5173/');
    expect(dev).toContain("script-src 'self' 'unsafe-inline';");
    expect(dev).toContain("style-src 'self' 'unsafe-inline';");
    expect(dev).toContain("connect-src 'self' ws://localhost:5173;");
    expect(dev).toContain("default-src 'none';");
    expect(dev).toContain("frame-ancestors 'none'");
  });
});

describe('paths', () => {
  const mainDir = path.join(path.sep, 'app', 'dist', 'electron');

  it('finds the preload next to the main bundle', () => {
    expect(preloadPath(mainDir)).toBe(path.join(mainDir, 'preload.cjs'));
  });

  it('loads the built renderer from app://gantry, served from the folder beside the main bundle', () => {
    expect(rendererTarget({}, false, mainDir)).toEqual({
      kind: 'app',
      rendererDir: path.join(path.sep, 'app', 'dist', 'renderer'),
      url: 'app://gantry/index.html',
      origin: 'app://gantry',
    });
  });

  // Checkout folders that broke the old file:// comparison (Node's pathToFileURL and Chromium encode
  // these differently; Windows drive letters differ in case): the window's address no longer has
  // the folder in it, so the sender check cannot depend on it.
  it.each([
    '/home/me/src/[gantry]/dist/electron',
    '/home/me/src/gantry~2/dist/electron',
    '/home/me/100% done/dist/electron',
    '/home/me/my projects/gantry ^|/dist/electron',
    'C:\\Users\\RUNNER~1\\gantry\\dist\\electron',
    'c:\\users\\runner~1\\gantry\\dist\\electron',
  ])('serves and trusts the same origin from %s', (dir) => {
    const target = rendererTarget({}, true, dir);
    expect(target.url).toBe('app://gantry/index.html');
    // What Chromium reports for the loaded page is that URL (plus a route): trusted.
    expect(isTrustedSender(`${target.url}#/containers`, target.origin, 'app://gantry')).toBe(true);
  });

  it('uses VITE_DEV_SERVER_URL only when unpackaged and on loopback', () => {
    const env = { VITE_DEV_SERVER_URL: 'http://localhost:5173' };
    expect(rendererTarget(env, false, mainDir)).toEqual({
      kind: 'dev',
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
    });
    expect(rendererTarget(env, true, mainDir).kind).toBe('app');
    expect(rendererTarget({ VITE_DEV_SERVER_URL: 'https://evil.example/' }, false, mainDir).kind).toBe('app');
    expect(rendererTarget({ VITE_DEV_SERVER_URL: 'file:///tmp/x.html' }, false, mainDir).kind).toBe('app');
    expect(rendererTarget({ VITE_DEV_SERVER_URL: 'nonsense' }, false, mainDir).kind).toBe('app');
  });
});
