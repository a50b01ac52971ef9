/** The main entry's app lifecycle, with stubbed electron and a stubbed backend. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../electron/shared/ipcChannels';

import type * as StubModule from '../support/electronStub';

type Stub = typeof StubModule;

const backend = vi.hoisted(() => ({
  router: {
    invoke: vi.fn(() => Promise.resolve({ ok: true, value: 'ok' })),
    subscribe: vi.fn(),
    unsubscribe: vi.fn(),
    closeClient: vi.fn(),
    closeAll: vi.fn(),
    openStreams: vi.fn(() => 0),
  },
  pageOpening: vi.fn(),
  dispose: vi.fn(() => Promise.resolve()),
}));
const createBackend = vi.hoisted(() => vi.fn((_env: NodeJS.ProcessEnv, _options?: object) => backend));

vi.mock('electron', () => import('../support/electronStub'));
vi.mock('../../electron/api/backend', () => ({ createBackend }));

let electron: Stub;

/** Runs the main entry as Electron would: a fresh module with the app object in the given state. */
async function start(options: { singleInstance?: boolean; switches?: string[] } = {}) {
  vi.resetModules();
  electron = (await import('electron')) as unknown as Stub;
  electron.resetElectronStub();
  electron.app.singleInstance = options.singleInstance ?? true;
  for (const name of options.switches ?? []) electron.app.switches.add(name);
  await import('../../electron/main/index');
}

async function started() {
  await start();
  await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1));
  return electron.BrowserWindow.instances[0]!;
}

beforeEach(() => {
  vi.clearAllMocks();
});

describe('main process lifecycle', () => {
  it('a second instance quits at once, before touching the Engine', async () => {
    await start({ singleInstance: false });
    expect(electron.app.quit).toHaveBeenCalled();
    expect(createBackend).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('creates the backend from the environment and opens the window when ready', async () => {
    const win = await started();
    // The layer index cache lives in the app's data folder.
    expect(createBackend).toHaveBeenCalledExactlyOnceWith(process.env, { dataDir: electron.app.getPath('userData') });
    expect(electron.app.getPath).toHaveBeenCalledWith('userData');
    // The first list is asked of the Engine while the window loads.
    expect(backend.pageOpening).toHaveBeenCalled();
    expect((win.options['webPreferences'] as { preload: string }).preload).toMatch(/preload\.cjs$/);
    expect(win.loadedUrl).toBe('app://gantry/index.html');
    expect(win.loadedFile).toBeNull();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('guards the session and every new webContents', async () => {
    await started();
    const ses = electron.session.defaultSession;
    expect(ses.permissionRequestHandler).not.toBeNull();
    expect(ses.headersListener).not.toBeNull();
    const contents = new electron.FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler).not.toBeNull();
  });

  it('makes app:// privileged before ready, sandboxes every renderer, and serves app:// after ready', async () => {
    await started();
    expect(electron.protocol.privileged).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
        beforeReady: true,
      },
    ]);
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    const handler = electron.session.defaultSession.protocolHandlers.get('app');
    expect(handler).toBeDefined();
    // The handler answers from the built renderer folder (not built in unit runs: a 404 is fine),
    // and refuses anything off our host either way.
    const foreign = await handler!({ url: 'app://elsewhere/index.html' });
    expect(foreign.status).toBe(404);
  });

  it('refuses to start with --no-sandbox, saying why and what to do, before any window or IPC', async () => {
    await start({ switches: ['no-sandbox'] });
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1));
    expect(electron.dialog.showErrorBox).toHaveBeenCalledOnce();
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0]!;
    expect(title).toMatch(/sandbox/i);
    expect(message).toContain('--no-sandbox');
    expect(message).toMatch(/\.deb/);
    expect(message).toMatch(/chrome-sandbox/);
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  it('binds IPC so that the window showing the renderer it loaded reaches the router', async () => {
    const win = await started();
    win.webContents.mainFrame.url = win.loadedUrl!;
    const event = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    await expect(electron.ipcMain.invoke(IPC.invoke, event, 'engine.status', {})).resolves.toEqual({
      ok: true,
      value: 'ok',
    });
    expect(backend.router.invoke).toHaveBeenCalledExactlyOnceWith('engine.status', {});
  });

  it('focuses the existing window when a second instance starts', async () => {
    const win = await started();
    electron.app.emit('second-instance');
    expect(win.focus).toHaveBeenCalled();
    win.close(); // macOS: app still running without a window — a second launch opens one again
    electron.app.emit('second-instance');
    expect(electron.BrowserWindow.instances).toHaveLength(2);
  });

  it('quits when the last window closes (outside macOS)', async () => {
    const win = await started();
    win.close();
    electron.app.emit('window-all-closed');
    if (process.platform !== 'darwin') expect(electron.app.quit).toHaveBeenCalled();
  });

  it('disposes the backend before the app exits', async () => {
    await started();
    const first = electron.fakeEvent();
    electron.app.emit('will-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(backend.dispose).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    expect(electron.ipcMain.handlers.size).toBe(0);

    const second = electron.fakeEvent();
    electron.app.emit('will-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(backend.dispose).toHaveBeenCalledOnce();
  });
});
