/**
 * Serving the built renderer, for both transports: the app:// protocol handler (answerAppRequest,
 * what Electron's protocol.handle calls) and the web server's file reader, on real files in a temp
 * folder — including files that WOULD be served if the containment checks failed (.json, .html, .js
 * outside the folder) and a symlink that points out of it.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerAppRequest } from '../../electron/main/appRequests';
import { CONTENT_SECURITY_POLICY } from '../../electron/shared/contentSecurityPolicy';
import { readRendererFile, rendererRelativePath } from '../../electron/static/rendererFiles';

// Made at collection time: the escape table below names a real file outside by its absolute path.
const base = mkdtempSync(path.join(tmpdir(), 'gantry-renderer-'));
const renderer = path.join(base, 'renderer');

beforeAll(() => {
  // base/secret.json, base/outside.html, base/outside.js sit next to the renderer folder: a
  // containment bug would serve them (they have served extensions), so 404 means the check held.
  mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Gantry</title>');
  writeFileSync(path.join(renderer, 'assets', 'app-1a2b.js'), 'console.log(1)');
  writeFileSync(path.join(renderer, 'assets', 'app-1a2b.css'), 'body{}');
  writeFileSync(path.join(renderer, 'favicon.svg'), '<svg/>');
  writeFileSync(path.join(renderer, 'notes.txt'), 'not a served type');
  writeFileSync(path.join(base, 'secret.json'), '{"secret":true}');
  writeFileSync(path.join(base, 'outside.html'), '<p>outside</p>');
  writeFileSync(path.join(base, 'outside.js'), 'outside()');
  symlinkSync(path.join(base, 'secret.json'), path.join(renderer, 'leak.json'));
  symlinkSync(base, path.join(renderer, 'up'));
  symlinkSync(path.join(renderer, 'index.html'), path.join(renderer, 'alias.html'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const app = (pathAndQuery: string) => answerAppRequest(renderer, `app://gantry${pathAndQuery}`, 'policy');

describe('app:// protocol handler', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', '<!doctype html>'],
    ['/index.html', 'text/html; charset=utf-8', '<!doctype html>'],
    ['/index.html?x=1#/images', 'text/html; charset=utf-8', '<!doctype html>'],
    ['/assets/app-1a2b.js', 'text/javascript; charset=utf-8', 'console.log'],
    ['/assets/app-1a2b.css', 'text/css; charset=utf-8', 'body{}'],
    ['/favicon.svg', 'image/svg+xml', '<svg/>'],
  ])('serves %s as %s', async (url, type, start) => {
    const response = await app(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(await response.text()).toContain(start);
  });

  it('sends the CSP it is given, nosniff, and caches only hashed assets for good', async () => {
    const page = await answerAppRequest(renderer, 'app://gantry/index.html', CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect((await app('/assets/app-1a2b.js')).headers.get('cache-control')).toContain('immutable');
  });

  it.each([
    ['.. to a .json beside the folder', '/../secret.json'],
    ['.. to an .html beside the folder', '/assets/../../outside.html'],
    ['encoded dots', '/%2e%2e/secret.json'],
    ['encoded slash', '/..%2fsecret.json'],
    ['encoded backslash', '/..%5csecret.json'],
    ['double encoding', '/%252e%252e/secret.json'],
    ['double-encoded slash', '/..%252fsecret.json'],
    ['an absolute path smuggled in', `/${encodeURIComponent(path.join(base, 'outside.js'))}`],
    ['a Windows drive path', '/C:%5cWindows%5cwin.ini.js'],
    ['a NUL byte', '/index.html%00.js'],
    ['a symlink to a file outside', '/leak.json'],
    ['a symlinked folder outside', '/up/secret.json'],
    ['a type that is not served', '/notes.txt'],
    ['a folder', '/assets'],
    ['a missing file', '/nope.js'],
  ])('answers 404 for %s', async (_what, url) => {
    const response = await app(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('follows a symlink that stays inside the folder', async () => {
    expect((await app('/alias.html')).status).toBe(200);
  });

  it('answers only its own host and scheme', async () => {
    expect((await answerAppRequest(renderer, 'app://other/index.html', 'p')).status).toBe(404);
    expect((await answerAppRequest(renderer, 'file:///index.html', 'p')).status).toBe(404);
    expect((await answerAppRequest(renderer, 'not a url', 'p')).status).toBe(404);
  });

  it('still works when the renderer folder itself is reached through a symlink', async () => {
    const link = path.join(base, 'linked-renderer');
    symlinkSync(renderer, link);
    expect((await answerAppRequest(link, 'app://gantry/index.html', 'p')).status).toBe(200);
    expect((await answerAppRequest(link, 'app://gantry/leak.json', 'p')).status).toBe(404);
  });
});

describe('rendererRelativePath', () => {
  it('maps the root to index.html and keeps plain paths', () => {
    expect(rendererRelativePath('/')).toBe('index.html');
    expect(rendererRelativePath('/assets/a.js')).toBe('assets/a.js');
    expect(rendererRelativePath('/with%20space.png')).toBe('with space.png');
  });

  it.each(['/../x.js', '/a/./b.js', '/%2e%2e/x.js', '/%252e%252e/x.js', '/a%5cb.js', '/%E0%A4%A', '/x%00.js'])(
    'refuses %s',
    (url) => {
      expect(rendererRelativePath(url)).toBeNull();
    },
  );
});

describe('web server file reader', () => {
  it('reads the same files and refuses the same escapes', async () => {
    expect((await readRendererFile(renderer, '/index.html'))?.contentType).toBe('text/html; charset=utf-8');
    expect(await readRendererFile(renderer, '/../secret.json')).toBeNull();
    expect(await readRendererFile(renderer, '/leak.json')).toBeNull();
  });
});
