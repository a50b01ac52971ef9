/**
 * Electron-side guards around the untrusted renderer. The decisions themselves (which links may
 * leave the app, the CSP) live in policy.ts; this file only attaches them to Electron's hooks.
 */
import { shell, type Session, type WebContents } from 'electron';
import { isAllowedExternalUrl } from './policy';

/**
 * Hand an allowed link to the OS browser. Uses the parsed, normalised URL so what the user sees
 * opening is exactly what was checked.
 */
function openExternally(url: string): void {
  if (!isAllowedExternalUrl(url)) return;
  shell.openExternal(new URL(url).href).catch((error: unknown) => {
    console.warn(`Gantry: could not open ${url}:`, error);
  });
}

/**
 * Guards for every webContents the app creates (wired through app 'web-contents-created', so
 * nothing slips past, not just our main window): it never navigates away from the renderer,
 * never opens a new Electron window, and never hosts a <webview>.
 */
export function hardenWebContents(contents: WebContents): void {
  // The renderer is a single-page app: any navigation is either a bug or an attack (a link the
  // Engine's data smuggled in). Reloads are not navigations and stay allowed.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());

  // window.open / target=_blank: never inside Electron. Links the app builds itself (a published
  // port, Docker docs, a link in a log) go to the user's browser instead, http(s) only (policy.ts).
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Session-wide guards: no permission is ever granted (camera, notifications, clipboard-read, HID…
 * — the app needs none), and every response carries our CSP, so even injected markup could not
 * run script or reach the network.
 */
export function hardenSession(ses: Session, csp: string): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);

  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      // Drop any policy a response brought along so ours is the only one in force.
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [csp];
    callback({ responseHeaders: headers });
  });
}
