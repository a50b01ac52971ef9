/**
 * The shell's security decisions as pure functions: no electron import, so they are unit-tested
 * directly and the Electron glue (security.ts, ipc.ts) stays a thin wiring layer.
 */
import { CONTENT_SECURITY_POLICY } from '../shared/contentSecurityPolicy';

export { CONTENT_SECURITY_POLICY };

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

/** Longer URLs are not links a log line would carry; the OS handlers need not see them. */
const MAX_EXTERNAL_URL_LENGTH = 2048;

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * Whether a URL may be handed to the OS browser: an http(s) URL (the parser insists on a host) without credentials —
 * a published port, the Docker docs, or a link in a container's log (issue 9: "open externally,
 * http(s) only"). The danger of shell.openExternal is the scheme: file:, smb:, javascript: or a
 * custom handler (vscode:, ms-msdt:) can run or open things on this machine, so every other scheme
 * is refused. An http(s) page opens in the user's own browser, sandboxed as if they had pasted it;
 * credentials are refused because "https://docs.docker.com@evil.example" reads as another host.
 */
export function isAllowedExternalUrl(value: string): boolean {
  if (value.length > MAX_EXTERNAL_URL_LENGTH) return false;
  const url = parseUrl(value);
  if (!url) return false;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return url.username === '' && url.password === '';
}

/**
 * The serialised origin of a URL ("app://gantry", "http://localhost:5173"), or null. Node's URL
 * says "null" for the origin of any non-special scheme such as app:, so it is built from the parts.
 */
export function originOf(value: string): string | null {
  const url = parseUrl(value);
  if (!url || url.host === '') return null;
  return `${url.protocol}//${url.host}`;
}

/**
 * Whether an IPC message comes from our renderer document, by origin alone: the built renderer's
 * app://gantry (see appProtocol.ts) or the dev server's http origin. Comparing origins rather than
 * file paths means no path encoding — `[`, `~`, `%`, spaces, a Windows drive letter's case — can
 * make the check refuse our own window. `frameOrigin` is WebFrameMain.origin when Electron gives it:
 * it must agree.
 */
export function isTrustedSender(frameUrl: string, trustedOrigin: string, frameOrigin?: string): boolean {
  const origin = originOf(frameUrl);
  if (origin === null || origin !== trustedOrigin) return false;
  return frameOrigin === undefined || frameOrigin === trustedOrigin;
}
