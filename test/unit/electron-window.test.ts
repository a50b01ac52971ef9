/** The window's security settings and what it loads, against the stubbed electron module. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from '../support/electronStub';

vi.mock('electron', () => import('../support/electronStub'));

const { createMainWindow } = await import('../../electron/main/window');
const { preloadPath } = await import('../../electron/main/paths');
const { menuTemplate } = await import('../../electron/main/menu');

const appTarget = {
  kind: 'app',
  rendererDir: '/app/dist/renderer',
  url: 'app://gantry/index.html',
  origin: 'app://gantry',
} as const;

function onlyWindow(): electron.BrowserWindow {
  expect(electron.BrowserWindow.instances).toHaveLength(1);
  return electron.BrowserWindow.instances[0]!;
}

beforeEach(() => electron.resetElectronStub());

describe('main window', () => {
  it('uses exactly the secure webPreferences, with the bundled CommonJS preload', () => {
    createMainWindow(appTarget, preloadPath('/app/dist/electron'));
    const prefs = onlyWindow().options['webPreferences'] as Record<string, unknown>;
    expect(prefs['preload']).toMatch(/preload\.cjs$/);
    expect(prefs).toEqual({
      preload: prefs['preload'],
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    });
  });

  it('is titled Gantry, sized for a dense desktop tool, and hidden until ready to show', () => {
    createMainWindow(appTarget, '/app/dist/electron/preload.cjs');
    const win = onlyWindow();
    expect(win.options).toMatchObject({
      title: 'Gantry',
      width: 1280,
      height: 800,
      minWidth: 900,
      minHeight: 560,
      show: false,
    });
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledOnce();
  });

  it('paints the background in the system theme', () => {
    createMainWindow(appTarget, 'preload.cjs');
    electron.nativeTheme.shouldUseDarkColors = true;
    createMainWindow(appTarget, 'preload.cjs');
    const [light, dark] = electron.BrowserWindow.instances;
    expect(light!.options['backgroundColor']).not.toBe(dark!.options['backgroundColor']);
  });

  it('loads the built renderer from app://gantry (never a file), or the dev server URL in development', () => {
    createMainWindow(appTarget, 'preload.cjs');
    createMainWindow({ kind: 'dev', url: 'http://localhost:5173/', origin: 'http://localhost:5173' }, 'preload.cjs');
    const [built, dev] = electron.BrowserWindow.instances;
    expect(built!.loadedUrl).toBe('app://gantry/index.html');
    expect(built!.loadedFile).toBeNull();
    expect(dev!.loadedUrl).toBe('http://localhost:5173/');
  });
});

describe('application menu', () => {
  const labels = (dev: boolean, platform: NodeJS.Platform = 'linux') =>
    menuTemplate(platform, dev).map((item) => item.label ?? item.role);

  it('has reload and DevTools only in development', () => {
    expect(labels(false)).not.toContain('View');
    const view = menuTemplate('linux', true).find((item) => item.label === 'View');
    expect(view?.submenu).toEqual([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }]);
  });

  it('follows the macOS convention of an app menu', () => {
    expect(labels(false, 'darwin')[0]).toBe('appMenu');
    expect(labels(false, 'linux')).not.toContain('appMenu');
  });
});
