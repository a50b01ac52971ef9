/**
 * Where the shell finds its pieces at run time. The main bundle is dist/electron/main.js, so the
 * preload sits next to it and the built renderer one folder up. `mainDir` is passed in by the entry
 * (its own import.meta.dirname): code here may be bundled into a shared chunk in another folder.
 * No electron import: what the window loads (and so which origin IPC trusts) is tested as plain code.
 */
import path from 'node:path';
import { APP_ORIGIN } from './appOrigin';

export type RendererTarget =
  /** The built renderer, served from `rendererDir` by the app:// protocol handler at `url`. */
  | { kind: 'app'; rendererDir: string; url: string; origin: string }
  /** The Vite dev server (developer machines only). */
  | { kind: 'dev'; url: string; origin: string };

export function preloadPath(mainDir: string): string {
  return path.join(mainDir, 'preload.cjs');
}

const DEV_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * VITE_DEV_SERVER_URL is honoured only in an unpackaged app and only for a loopback http(s) URL:
 * whatever the window loads gets the full IPC API (i.e. the Docker socket), so an environment variable
 * must not be able to point an installed app at a remote page.
 */
function devServerUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): URL | null {
  const raw = env['VITE_DEV_SERVER_URL'];
  if (isPackaged || !raw) return null;
  try {
    const url = new URL(raw);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && DEV_HOSTS.has(url.hostname)) return url;
  } catch {
    // not a URL: fall through to the built renderer
  }
  return null;
}

export function rendererTarget(env: NodeJS.ProcessEnv, isPackaged: boolean, mainDir: string): RendererTarget {
  const dev = devServerUrl(env, isPackaged);
  if (dev) return { kind: 'dev', url: dev.href, origin: dev.origin };
  // The folder's own name never reaches a URL: whatever characters the checkout path has, the
  // window's address (and so the origin IPC trusts) is always app://gantry/index.html.
  return {
    kind: 'app',
    rendererDir: path.join(mainDir, '..', 'renderer'),
    url: `${APP_ORIGIN}/index.html`,
    origin: APP_ORIGIN,
  };
}
