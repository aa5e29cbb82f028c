import { EventEmitter } from 'node:events';
import type { ApiHandlers, AppInfo } from '../../shared/api/contract';
import type { PdfPrinter } from '../services/export/pdf-printer';
import { errorMessage } from '../services/library/io-error';
import { openLibrary, openLibraryForApp, type OpenLibraryOptions } from '../services/library/open-library';
import type { SecretStore } from '../services/publish/secret-store';
import { type BackgroundServices, startBackgroundServices } from './background-services';
import { deferred } from './deferred';
import { handlersWhenReady } from './handlers/handlers-when-ready';
import { switchableHandlers } from './handlers/switchable-handlers';
import { LibraryHolder } from './library-holder';
import type { ShellInfo } from './shell-info';

/** At the latest this long after the library has opened, deferred background services start even if no page has asked for the list. */
export const BACKGROUND_START_MS = 3000;

/** The parts of a runtime, named in its events in the order they start (they stop in the reverse order). */
export type RuntimeService = 'library' | 'pdf-printer' | 'outbox' | 'auto-backups' | 'index-sync';

/** What a runtime tells about its life. */
export interface RuntimeEvents {
  /** The library's lock is held; its index is still being read. */
  locked: [];
  /** The first listBriefs has been answered (the page has what it shows first). */
  'first-list': [];
  /** A part has started. */
  started: [service: RuntimeService];
  /** A part has stopped. */
  stopped: [service: RuntimeService];
}

/** What a shell tells the runtime it creates. */
export interface RuntimeOptions {
  /** The library folder. */
  dataDir: string;
  /** The app's version: getAppInfo, the generator of exported pages, backups' manifests. */
  version: string;
  /** Which shell this is (getAppInfo). */
  shell: AppInfo['shell'];
  /** Seals publishing passwords (desktop: safeStorage); without it, a key file outside the library. */
  secrets?: SecretStore;
  /** Makes the shell's PDF printer once the library is open; without one, PDF export is 'unsupported'. */
  pdfPrinter?: () => PdfPrinter;
  /** Check the index against the brief files as the library opens (default); false: with the background services. */
  indexSyncAtOpen?: boolean;
  /**
   * When the outbox runner, the automatic backups and the index check
   * start: 'at-open' (default), 'after-first-list' (once the first list has
   * been answered, BACKGROUND_START_MS at most after the library opened, so
   * they do not compete with the page while it loads) or 'never' (a one-off
   * command; `wakeOutbox` then answers `woken: false`).
   */
  background?: 'at-open' | 'after-first-list' | 'never';
  /** A library written by a newer Briefdesk opens read-only (default: the app's way), or is refused ('unsupported': commands that write). */
  newerLibrary?: 'read-only' | 'refuse';
  /** Told of a background service's failure (default: a line on stderr). */
  onError?: (message: string) => void;
  /** How long 'after-first-list' waits for the first list at most. @default BACKGROUND_START_MS */
  backgroundStartMs?: number;
}

/**
 * Everything a shell runs, in one container: the library (opened through
 * openLibraryForApp, held in a LibraryHolder so a restored backup can
 * replace it), the contract's handlers on it, the PDF printer, and the
 * background services (outbox runner, automatic backups, index check). A
 * shell creates one, attaches its transport to `handlers`, calls `start()`
 * and, when it quits, `stop()`: the parts stop in the reverse order of their
 * start, the library last, its pending writes finished.
 */
export class Runtime {
  /** started/stopped per part, `locked`, `first-list`. */
  readonly events = new EventEmitter<RuntimeEvents>();
  /**
   * The contract's methods on the library open now (they follow a switch to a
   * restored library). Calls made before the library is open wait for it, and
   * fail with its error if it cannot be opened.
   */
  readonly handlers: ApiHandlers;
  readonly #options: RuntimeOptions;
  /** The handlers on the library, once it is open. */
  readonly #served = deferred<ApiHandlers>();
  readonly #firstList = deferred<void>();
  #firstListAnswered = false;
  #starting: Promise<LibraryHolder> | null = null;
  #stopping: Promise<void> | null = null;
  #library: LibraryHolder | null = null;
  #pdfPrinter: PdfPrinter | null = null;
  #background: Promise<BackgroundServices | null> = Promise.resolve(null);

  constructor(options: RuntimeOptions) {
    this.#options = options;
    const served = handlersWhenReady(this.#served.promise);
    this.handlers = {
      ...served,
      listBriefs: async (input) => {
        try {
          return await served.listBriefs(input);
        } finally {
          this.#listAnswered();
        }
      },
    };
  }

  /** The library open now; null before it has opened (or when it could not). */
  get library(): LibraryHolder | null {
    return this.#library;
  }

  /**
   * Opens the library and starts the rest (see RuntimeOptions.background);
   * resolves with the library once open, rejects with why it cannot be
   * opened (the handlers' waiting calls fail with the same error). Once.
   */
  start(): Promise<LibraryHolder> {
    this.#starting ??= this.#start();
    return this.#starting;
  }

  /**
   * Stops in the reverse order of the start: the background services not
   * started yet are not started, the automatic backups and the outbox stop
   * (an attempt under way finishes), the PDF printer closes, then the library
   * (pending writes finished, the lock released). Once; waits for an open
   * under way.
   */
  stop(): Promise<void> {
    this.#stopping ??= this.#stop();
    return this.#stopping;
  }

  /** The network may be back: the outbox tries every queued job now. False where no outbox runner runs. */
  async wakeOutbox(): Promise<boolean> {
    const background = await this.#background;
    if (background === null) return false;
    await background.outbox.networkMayBeBack();
    return true;
  }

  /** What the handlers know of the shell. */
  #shellInfo(): Omit<ShellInfo, 'library'> {
    const { version, shell, secrets, background } = this.#options;
    const info: Omit<ShellInfo, 'library'> = { version, shell };
    if (secrets) info.secrets = secrets;
    if (this.#pdfPrinter) info.pdfPrinter = this.#pdfPrinter;
    // Without a runner (one-off commands) wakeOutbox answers woken: false.
    if (background !== 'never') {
      info.outbox = {
        networkMayBeBack: async () => {
          await this.wakeOutbox();
        },
      };
    }
    return info;
  }

  /** The first list has been answered: a runtime event, and the signal deferred background services wait for. */
  #listAnswered(): void {
    if (this.#firstListAnswered) return;
    this.#firstListAnswered = true;
    this.#firstList.resolve();
    this.events.emit('first-list');
  }

  async #start(): Promise<LibraryHolder> {
    const { dataDir } = this.#options;
    let locked = false;
    const openOptions: OpenLibraryOptions = {
      indexSync: (this.#options.indexSyncAtOpen ?? true) ? 'background' : 'later',
      onLocked: () => {
        if (locked) return;
        locked = true;
        this.events.emit('locked');
      },
    };
    try {
      if (this.#stopping) throw new Error('This Briefdesk runtime has been stopped.');
      const store =
        this.#options.newerLibrary === 'refuse' ? await openLibrary(dataDir, openOptions) : await openLibraryForApp(dataDir, openOptions);
      // A restored backup can replace the library while the shell runs: everything goes through the holder.
      const holder = new LibraryHolder(store, (dir) => openLibraryForApp(dir, { indexSync: 'background' }));
      this.#library = holder;
      this.events.emit('started', 'library');
      this.#pdfPrinter = this.#options.pdfPrinter?.() ?? null;
      if (this.#pdfPrinter) this.events.emit('started', 'pdf-printer');
      this.#served.resolve(switchableHandlers(holder, this.#shellInfo()));
      this.#background = this.#startBackground(holder);
      if (this.#options.background !== 'after-first-list') await this.#background;
      return holder;
    } catch (error) {
      this.#served.reject(error);
      throw error;
    }
  }

  async #startBackground(holder: LibraryHolder): Promise<BackgroundServices | null> {
    const when = this.#options.background ?? 'at-open';
    if (when === 'never') return null;
    if (when === 'after-first-list') {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>(
        (resolve) => (timer = setTimeout(resolve, this.#options.backgroundStartMs ?? BACKGROUND_START_MS)),
      );
      await Promise.race([this.#firstList.promise, deadline]);
      clearTimeout(timer);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const stopping = (): boolean => this.#stopping !== null;
    if (stopping()) return null;
    const report = this.#options.onError ?? ((message: string) => process.stderr.write(`briefdesk: ${message}\n`));
    return startBackgroundServices(
      holder,
      {
        version: this.#options.version,
        secrets: this.#options.secrets,
        onOutboxError: (error) => report(`outbox: ${errorMessage(error)}`),
        onStarted: (service) => this.events.emit('started', service),
      },
      stopping,
    ).catch((error: unknown) => {
      report(`could not start the outbox and automatic backups: ${errorMessage(error)}`);
      return null;
    });
  }

  async #stop(): Promise<void> {
    // Background services still waiting for the first list are not started now.
    this.#firstList.resolve();
    const holder = this.#starting ? await this.#starting.catch(() => null) : null;
    const background = await this.#background;
    if (background) {
      background.stopAutoBackups();
      this.events.emit('stopped', 'auto-backups');
      await background.outbox.stop();
      this.events.emit('stopped', 'outbox');
    }
    if (this.#pdfPrinter) {
      await this.#pdfPrinter.close().catch(() => undefined);
      this.events.emit('stopped', 'pdf-printer');
    }
    if (holder) {
      await holder.close();
      this.events.emit('stopped', 'library');
    }
  }
}

/** A runtime for a shell (see Runtime); nothing runs until `start()`. */
export function createRuntime(options: RuntimeOptions): Runtime {
  return new Runtime(options);
}
