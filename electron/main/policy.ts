/**
 * The shell's security decisions as pure functions: no electron import, so they are unit-tested
 * directly and the Electron glue (security.ts, ipc.ts) stays a thin wiring layer.
 */

/**
 * The Content-Security-Policy for the built renderer. Nothing inline, nothing remote: the renderer
 * is plain bundled JS/CSS from its own origin and talks to main only through the preload.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The policy while running against the Vite dev server (VITE_DEV_SERVER_URL set, developer machines
 * only). Vite injects CSS with <style> elements and the React refresh preamble as an inline script,
 * and HMR talks over a WebSocket to the dev server, so those three are relaxed — nothing else.
 */
export function devContentSecurityPolicy(devServerUrl: string): string {
  const url = new URL(devServerUrl);
  const ws = `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", `connect-src 'self' ${ws}`);
}

/** Hosts a container's published port is reachable on from this machine. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '0.0.0.0']);

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * Whether a URL may be handed to the OS browser. Only links the app builds itself qualify: a
 * container's published port on a loopback address (any port), or the Docker documentation.
 * Everything else — other hosts, javascript:, file:, custom schemes, URLs with credentials — is refused,
 * because shell.openExternal with an attacker-chosen URL can launch arbitrary handlers.
 */
export function isAllowedExternalUrl(value: string): boolean {
  const url = parseUrl(value);
  if (!url) return false;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  if (LOOPBACK_HOSTS.has(url.hostname)) return true;
  return url.protocol === 'https:' && url.hostname === 'docs.docker.com' && url.port === '';
}

/**
 * Whether an IPC message comes from our renderer document. `expectedUrl` is what the window loaded:
 * the file URL of dist/renderer/index.html (must match that exact file; query and hash are the
 * renderer's own business) or the dev server URL (must match its origin).
 */
export function isTrustedSender(frameUrl: string, expectedUrl: string): boolean {
  const frame = parseUrl(frameUrl);
  const expected = parseUrl(expectedUrl);
  if (!frame || !expected) return false;
  if (expected.protocol === 'file:') {
    return frame.protocol === 'file:' && frame.host === expected.host && frame.pathname === expected.pathname;
  }
  if (expected.protocol === 'http:' || expected.protocol === 'https:') {
    return frame.origin === expected.origin;
  }
  return false;
}
