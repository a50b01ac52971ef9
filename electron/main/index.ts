/**
 * The Electron main entry (bundled to dist/electron/main.js): app lifecycle only. Everything the
 * app does goes through the backend's router; this file wires the window, its guards and the IPC
 * transport around it, and tears them down on quit.
 */
import { app, BrowserWindow, dialog, session } from 'electron';
import { createBackend } from '../api/backend';
import { registerAppScheme, serveAppScheme } from './appProtocol';
import { bindIpc } from './ipc';
import { installMenu } from './menu';
import { preloadPath, rendererTarget } from './paths';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy } from './policy';
import { hardenSession, hardenWebContents } from './security';
import { sandboxRefusal } from './sandboxGuard';
import { createMainWindow } from './window';

/** dist/electron: the preload sits here, the built renderer in ../renderer. */
const MAIN_DIR = import.meta.dirname;

/** How long quitting waits for the backend to close Engine connections before giving up. */
const DISPOSE_TIMEOUT_MS = 3000;

function main(): void {
  // A second Gantry would open a second set of Engine streams for nothing: focus the first instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  // Before ready is the only time a scheme can be made privileged; every renderer is sandboxed.
  registerAppScheme();
  app.enableSandbox();

  // The layer index cache (and later settings) live in the app's data folder.
  const backend = createBackend(process.env, { dataDir: app.getPath('userData') });
  const target = rendererTarget(process.env, app.isPackaged, MAIN_DIR);
  const csp = target.kind === 'dev' ? devContentSecurityPolicy(target.url) : CONTENT_SECURITY_POLICY;
  let win: BrowserWindow | null = null;
  let ipc: { dispose(): void } | null = null;

  // Guards go on every webContents as it is created, before it can load anything.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  const openWindow = () => {
    // Opens the backend's Engine event stream and fills the lists while the window loads.
    backend.pageOpening();
    win = createMainWindow(target, preloadPath(MAIN_DIR));
    win.on('closed', () => {
      win = null;
    });
  };

  app.on('second-instance', () => {
    if (!win) {
      if (app.isReady()) openWindow(); // before ready, whenReady opens it anyway
      return;
    }
    if (win.isMinimized()) win.restore();
    win.focus();
  });

  app
    .whenReady()
    .then(() => {
      const refusal = sandboxRefusal((name) => app.commandLine.hasSwitch(name));
      if (refusal) {
        dialog.showErrorBox(refusal.title, refusal.message);
        console.error(`Gantry: ${refusal.title}.\n${refusal.message}`);
        app.exit(1);
        return;
      }
      hardenSession(session.defaultSession, csp);
      if (target.kind === 'app')
        serveAppScheme(session.defaultSession, target.rendererDir, csp, (ticket) => backend.download(ticket));
      ipc = bindIpc(backend.router, {
        trustedOrigin: target.origin,
        isAppContents: (contents) => win !== null && !win.isDestroyed() && win.webContents === contents,
      });
      installMenu(!app.isPackaged);
      openWindow();
      // macOS keeps the app alive without windows; clicking the dock icon brings one back.
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('Gantry: failed to start:', error);
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Quit waits (briefly) for the backend to end its streams and Engine connections.
  let quitting: 'no' | 'disposing' | 'done' = 'no';
  app.on('will-quit', (event) => {
    if (quitting === 'done') return;
    event.preventDefault();
    if (quitting === 'disposing') return;
    quitting = 'disposing';
    ipc?.dispose();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, DISPOSE_TIMEOUT_MS);
    });
    Promise.race([backend.dispose(), timeout])
      .catch((error: unknown) => console.error('Gantry: error while shutting down:', error))
      .finally(() => {
        clearTimeout(timer);
        quitting = 'done';
        app.quit();
      });
  });
}

main();
