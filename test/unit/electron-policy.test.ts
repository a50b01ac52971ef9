/** The shell's pure security decisions and path resolution (no electron module involved). */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { preloadPath, rendererTarget } from '../../electron/main/paths';
import {
  CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
  isAllowedExternalUrl,
  isTrustedSender,
} from '../../electron/main/policy';

describe('isAllowedExternalUrl', () => {
  it.each([
    'http://localhost:8080',
    'http://localhost:8080/some/path?q=1',
    'https://127.0.0.1:8443/',
    'http://0.0.0.0:3000',
    'http://[::1]:5000/',
    'http://127.0.0.1',
    'https://docs.docker.com/engine/reference/commandline/run/',
  ])('opens %s (a published port on loopback, or Docker docs)', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'http://docs.docker.com/', // docs only over https
    'https://docs.docker.com.evil.example/',
    'https://docs.docker.com:8443/',
    'http://localhost.evil.example:8080/',
    'http://user:pass@localhost:8080/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'ftp://localhost/',
    'vscode://file/etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const fileUrl = 'file:///opt/Gantry/resources/app/dist/renderer/index.html';

  it('accepts the renderer file itself, with or without a hash route', () => {
    expect(isTrustedSender(fileUrl, fileUrl)).toBe(true);
    expect(isTrustedSender(`${fileUrl}#/images`, fileUrl)).toBe(true);
  });

  it('refuses any other file, a remote page, or garbage', () => {
    expect(isTrustedSender('file:///tmp/evil.html', fileUrl)).toBe(false);
    expect(isTrustedSender('https://evil.example/', fileUrl)).toBe(false);
    expect(isTrustedSender('about:blank', fileUrl)).toBe(false);
    expect(isTrustedSender('', fileUrl)).toBe(false);
  });

  it('accepts the dev server by origin only', () => {
    const dev = 'http://localhost:5173/';
    expect(isTrustedSender('http://localhost:5173/containers', dev)).toBe(true);
    expect(isTrustedSender('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedSender('https://localhost:5173/', dev)).toBe(false);
    expect(isTrustedSender('http://evil.example:5173/', dev)).toBe(false);
  });
});

describe('content security policy', () => {
  it('is the strict policy: nothing inline, nothing remote, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
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
  const builtFile = path.join(path.sep, 'app', 'dist', 'renderer', 'index.html');

  it('finds the preload next to the main bundle', () => {
    expect(preloadPath(mainDir)).toBe(path.join(mainDir, 'preload.cjs'));
  });

  it('loads the built renderer by default', () => {
    expect(rendererTarget({}, false, mainDir)).toEqual({
      kind: 'file',
      file: builtFile,
      url: pathToFileURL(builtFile).href,
    });
  });

  it('uses VITE_DEV_SERVER_URL only when unpackaged and on loopback', () => {
    const env = { VITE_DEV_SERVER_URL: 'http://localhost:5173' };
    expect(rendererTarget(env, false, mainDir)).toEqual({ kind: 'dev', url: 'http://localhost:5173/' });
    expect(rendererTarget(env, true, mainDir).kind).toBe('file');
    expect(rendererTarget({ VITE_DEV_SERVER_URL: 'https://evil.example/' }, false, mainDir).kind).toBe('file');
    expect(rendererTarget({ VITE_DEV_SERVER_URL: 'file:///tmp/x.html' }, false, mainDir).kind).toBe('file');
    expect(rendererTarget({ VITE_DEV_SERVER_URL: 'nonsense' }, false, mainDir).kind).toBe('file');
  });
});
