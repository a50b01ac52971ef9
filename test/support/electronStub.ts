/**
 * A small hand-written stand-in for the `electron` module (no Electron binary runs here). It records
 * what the shell does — window options, IPC handlers, guards installed on sessions and webContents —
 * so unit tests assert behaviour. Use with `vi.mock('electron', () => import('../support/electronStub'))`
 * and call `resetElectronStub()` in beforeEach.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** Stored handlers are only ever called by tests, so loose parameter types are enough. */
type Listener = (...args: unknown[]) => unknown;

/** A WebFrameMain: the url, origin and parent are what the IPC sender check reads. */
export class FakeFrame {
  constructor(
    public url: string,
    public parent: FakeFrame | null = null,
    /** Chromium's serialised origin; undefined stands for an Electron that does not report it. */
    public origin: string | undefined = undefined,
  ) {}
}

/** A cancellable Electron event, as will-navigate and friends receive. */
export function fakeEvent<T extends object>(params: T = {} as T) {
  return { ...params, defaultPrevented: false, preventDefault: vi.fn() };
}

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly mainFrame: FakeFrame;
  /** Every message sent to the renderer, as [channel, ...args]. */
  readonly sent: unknown[][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  private destroyed = false;

  constructor(url = 'about:blank') {
    super();
    this.mainFrame = new FakeFrame(url);
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    // Real Electron throws "Object has been destroyed"; make the mistake visible in tests too.
    if (this.destroyed) throw new Error('send() on a destroyed webContents');
    this.sent.push([channel, ...args]);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  destroy(): void {
    this.destroyed = true;
    this.emit('destroyed');
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedFile: string | null = null;
  loadedUrl: string | null = null;
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  private destroyed = false;

  constructor(public readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
  }

  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((w) => !w.destroyed);
  }

  loadFile(file: string): Promise<void> {
    this.loadedFile = file;
    return Promise.resolve();
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isMinimized(): boolean {
    return false;
  }

  close(): void {
    this.destroyed = true;
    this.webContents.destroy();
    this.emit('closed');
  }
}

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, Listener>();

  handle(channel: string, handler: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** Calls the registered invoke handler as Electron would. */
  invoke(channel: string, event: object, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return Promise.resolve(handler(event, ...args));
  }
}

export let ipcMain = new FakeIpcMain();

class FakeIpcRenderer extends EventEmitter {
  readonly send = vi.fn();
  readonly invoke = vi.fn((..._args: unknown[]) => Promise.resolve<unknown>({ ok: true, value: null }));
}

export let ipcRenderer = new FakeIpcRenderer();

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    contextBridge.exposed.set(key, api);
  },
};

export const shell = { openExternal: vi.fn((_url: string) => Promise.resolve()) };

export const nativeTheme = { shouldUseDarkColors: false };

export function fakeSession() {
  const ses = {
    /** Scheme → handler, as session.protocol.handle registers them. */
    protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    protocol: {
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => {
        if (ses.protocolHandlers.has(scheme)) throw new Error(`second handler for ${scheme}`);
        ses.protocolHandlers.set(scheme, handler);
      },
    },
    permissionRequestHandler: null as Listener | null,
    permissionCheckHandler: null as Listener | null,
    headersListener: null as Listener | null,
    setPermissionRequestHandler: (handler: Listener | null) => void (ses.permissionRequestHandler = handler),
    setPermissionCheckHandler: (handler: Listener | null) => void (ses.permissionCheckHandler = handler),
    webRequest: {
      onHeadersReceived: (listener: Listener | null) => void (ses.headersListener = listener),
    },
  };
  return ses;
}

export const session = { defaultSession: fakeSession() };

/** The protocol module: records privileged schemes, and whether that happened before app ready. */
export const protocol = {
  privileged: [] as { scheme: string; privileges: Record<string, boolean>; beforeReady: boolean }[],
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]): void {
    for (const entry of schemes) protocol.privileged.push({ ...entry, beforeReady: !app.ready });
  },
};

export const dialog = { showErrorBox: vi.fn((_title: string, _content: string) => undefined) };

export const Menu = {
  setApplicationMenu: vi.fn(),
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
};

class FakeApp extends EventEmitter {
  isPackaged = false;
  singleInstance = true;
  /** Becomes true when whenReady resolves, as Electron's app does. */
  ready = false;
  /** Switches the app was "started" with (without the leading --). */
  readonly switches = new Set<string>();
  readonly commandLine = { hasSwitch: (name: string) => this.switches.has(name) };
  readonly enableSandbox = vi.fn();
  readonly getPath = vi.fn((name: string) => `/home/user/.config/Gantry/${name}`);
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => this.singleInstance);
  readonly whenReady = vi.fn(() => {
    this.ready = true;
    return Promise.resolve();
  });
  readonly isReady = vi.fn(() => true);
}

export let app = new FakeApp();

/** Fresh state for each test. The `let` exports are live bindings, so modules see the new objects. */
export function resetElectronStub(): void {
  BrowserWindow.instances = [];
  ipcMain = new FakeIpcMain();
  ipcRenderer = new FakeIpcRenderer();
  contextBridge.exposed.clear();
  shell.openExternal.mockClear();
  nativeTheme.shouldUseDarkColors = false;
  session.defaultSession = fakeSession();
  Menu.setApplicationMenu.mockClear();
  Menu.buildFromTemplate.mockClear();
  protocol.privileged = [];
  dialog.showErrorBox.mockClear();
  app = new FakeApp();
}
