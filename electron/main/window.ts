/**
 * The one application window. Its webPreferences are the security baseline: the renderer is treated
 * as untrusted (the Docker socket is root on the host), so it gets no Node, runs sandboxed and
 * context-isolated, and reaches main only through the preload's invoke/subscribe bridge.
 */
import { BrowserWindow, nativeTheme, type WebPreferences } from 'electron';
import type { RendererTarget } from './paths';

/** renderer/src/styles.css --color-canvas (light / dark), so the window does not flash on open. */
const BACKGROUND = { dark: '#101217', light: '#f7f8fa' } as const;

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    // Engine output (names, logs, env) is not prose: squiggles would be noise, and the spellchecker
    // would download dictionaries.
    spellcheck: false,
  };
}

export function createMainWindow(target: RendererTarget, preload: string): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Gantry',
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 560,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    webPreferences: secureWebPreferences(preload),
  });

  // Show once the first paint is ready, so the user never sees an empty frame.
  win.once('ready-to-show', () => win.show());

  // app://gantry/index.html (answered by appProtocol.ts) or the dev server: never a file:// URL.
  const loading = win.loadURL(target.url);
  loading.catch((error: unknown) => {
    // A failed load leaves an empty window; say why in the terminal rather than fail silently.
    console.error(`Gantry: could not load the renderer from ${target.url}:`, error);
  });
  return win;
}
