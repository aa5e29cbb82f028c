// A test double of the `electron` module for the desktop shell's unit tests:
// each stub records what the code asked of it. Use with
//   vi.mock('electron', async () => (await import('./electron-double')).electronDouble);
// and call resetElectronDouble() before each test.
import { EventEmitter } from 'node:events';
import type { Session } from 'electron';
import { vi } from 'vitest';

/** An Electron-style event: preventDefault() is recorded. */
export interface FakeEvent {
  url: string;
  defaultPrevented: boolean;
  preventDefault: () => void;
}

export function fakeEvent(url = ''): FakeEvent {
  const event: FakeEvent = {
    url,
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
}

type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];

type BeforeRequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

/** A session's webRequest: records the onBeforeRequest listener and its filter. */
export class FakeWebRequest {
  beforeRequest: BeforeRequestListener | null = null;
  beforeRequestFilter: unknown = null;

  onBeforeRequest(filter: unknown, listener: BeforeRequestListener): void {
    this.beforeRequestFilter = filter;
    this.beforeRequest = listener;
  }

  /** Asks the listener about a request to `url`, as Chromium would: true when it is cancelled. */
  cancels(url: string): boolean | undefined {
    let cancel: boolean | undefined;
    this.beforeRequest?.({ url }, (response) => (cancel = response.cancel ?? false));
    return cancel;
  }
}

export class FakeSession {
  webRequest = new FakeWebRequest();
  permissionRequestHandler: PermissionRequestHandler = null;
  permissionCheckHandler: PermissionCheckHandler = null;

  /** Asks the request handler, as Chromium would; resolves with its answer. */
  request(permission: string): boolean | undefined {
    let answer: boolean | undefined;
    if (this.permissionRequestHandler) {
      Reflect.apply(this.permissionRequestHandler, undefined, [null, permission, (granted: boolean) => (answer = granted), {}]);
    }
    return answer;
  }

  /** Asks the check handler, as Chromium would. */
  check(permission: string): boolean | undefined {
    if (!this.permissionCheckHandler) return undefined;
    const answer: unknown = Reflect.apply(this.permissionCheckHandler, undefined, [null, permission, 'briefdesk://app', {}]);
    return typeof answer === 'boolean' ? answer : undefined;
  }

  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }
  addWordToSpellCheckerDictionary = vi.fn(() => true);
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  session = new FakeSession();
  replaceMisspelling = vi.fn();
  printToPDF = vi.fn(async (_options: Record<string, unknown>) => Buffer.from('%PDF-1.4\n%%EOF\n'));
  setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  /** The window showing `contents`, as Electron finds it. */
  static fromWebContents = vi.fn(
    (contents: unknown): FakeBrowserWindow | null => FakeBrowserWindow.created.find((window) => window.webContents === contents) ?? null,
  );
  readonly options: Record<string, unknown>;
  readonly webContents = new FakeWebContents();
  loadURL = vi.fn(async (_url: string) => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  isDestroyed = vi.fn(() => false);
  fullScreen = false;
  isFullScreen = vi.fn(() => this.fullScreen);
  /** Turns full screen on or off, with the window's events, as Electron does when it changes. */
  setFullScreen = vi.fn((on: boolean) => {
    if (on === this.fullScreen) return;
    this.fullScreen = on;
    this.emit(on ? 'enter-full-screen' : 'leave-full-screen');
  });
  close = vi.fn();
  destroy = vi.fn(() => {
    this.isDestroyed.mockReturnValue(true);
  });

  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    FakeBrowserWindow.created.push(this);
  }
}

type IpcHandler = (event: { senderFrame: { url: string } | null; sender?: unknown }, ...args: unknown[]) => unknown;

class FakeIpcMain {
  readonly handlers = new Map<string, IpcHandler>();
  handle = vi.fn((channel: string, handler: IpcHandler) => {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  });
  removeHandler = vi.fn((channel: string) => {
    this.handlers.delete(channel);
  });
  on = vi.fn();
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  quit = vi.fn();
  exit = vi.fn();
  whenReady = vi.fn(async () => undefined);
  requestSingleInstanceLock = vi.fn(() => true);
  getPath = vi.fn((name: string) => `/fake/${name}`);
  getVersion = vi.fn(() => '0.0.0-test');
}

/** safeStorage: "encrypts" by flipping bits behind a `v10` header (so the text is never stored as it is); decrypting anything else throws. */
class FakeSafeStorage {
  available = true;
  isEncryptionAvailable = vi.fn(() => this.available);
  encryptString = vi.fn((plain: string) => Buffer.concat([Buffer.from('v10'), Buffer.from(plain, 'utf8').map((byte) => byte ^ 0x5a)]));
  decryptString = vi.fn((encrypted: Buffer) => {
    if (encrypted.subarray(0, 3).toString() !== 'v10')
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(encrypted.subarray(3).map((byte) => byte ^ 0x5a)).toString('utf8');
  });
}

/** One session per partition name, as Electron keeps them (fresh for each test). */
let partitions = new Map<string, FakeSession>();
function partitionSession(partition: string): FakeSession {
  const found = partitions.get(partition) ?? new FakeSession();
  partitions.set(partition, found);
  return found;
}

function createDouble() {
  return {
    app: new FakeApp(),
    ipcMain: new FakeIpcMain(),
    ipcRenderer: { invoke: vi.fn(async (_channel: string, _input: unknown): Promise<unknown> => ({ ok: true, value: null })) },
    contextBridge: { exposeInMainWorld: vi.fn((_key: string, _api: unknown) => undefined) },
    protocol: {
      registerSchemesAsPrivileged: vi.fn((_schemes: unknown[]) => undefined),
      handle: vi.fn((_scheme: string, _handler: (request: Request) => Promise<Response>) => undefined),
    },
    shell: { openExternal: vi.fn(async (_url: string) => undefined), openPath: vi.fn(async (_path: string) => '') },
    session: {
      defaultSession: new FakeSession(),
      fromPartition: vi.fn((partition: string, _options?: unknown) => partitionSession(partition)),
    },
    nativeTheme: { shouldUseDarkColors: false },
    dialog: {
      showErrorBox: vi.fn((_title: string, _content: string) => undefined),
      showMessageBoxSync: vi.fn((_window: unknown, _options: { buttons: string[] }) => 0),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template, popup: vi.fn() })),
      setApplicationMenu: vi.fn(),
    },
    BrowserWindow: FakeBrowserWindow,
    safeStorage: new FakeSafeStorage(),
    powerMonitor: new EventEmitter(),
  };
}

/** The current double; its members are replaced by resetElectronDouble(). */
export const electronDouble = createDouble();

/** Fresh stubs for the next test (the module object itself stays the same). */
export function resetElectronDouble(): void {
  Object.assign(electronDouble, createDouble());
  FakeBrowserWindow.created = [];
  partitions = new Map();
}
