import type { ApiHandlers } from '../../shared/api/contract';
import { BriefdeskError } from '../../shared/model/errors';
import type { PdfPrinter } from './export/pdf-printer';
import { decodeImportBase64 } from './import/import-base64';
import type { LibraryHolder } from './backup/library-holder';
import { lazyFunction, lazyHandlers } from './lazy-handlers';
import type { LibraryStore } from './library/library-store';
import { RecoveryStore } from './recovery/recovery-store';
import { keepExportSnapshot } from './revisions/export-snapshot';
import type { OutboxRunner } from './publish/outbox-runner';
import type { SecretStore } from './publish/secret-store';

/** What the shell tells the handlers about itself. */
export interface ShellInfo {
  version: string;
  shell: 'desktop' | 'browser';
  /** Prints PDF exports; without one, exportBrief to pdf is 'unsupported'. The shell closes it when it stops. */
  pdfPrinter?: PdfPrinter;
  /** The shell's library, which a restored backup can replace (switchLibrary); without it restoring is 'unsupported'. */
  library?: LibraryHolder;
  /** Seals publishing passwords (desktop: safeStorage); without it, a key file outside the library (publish/secret-store-file-key.ts). */
  secrets?: SecretStore;
  /** The shell's outbox runner, which `wakeOutbox` wakes; without it `wakeOutbox` answers `woken: false`. */
  outbox?: Pick<OutboxRunner, 'networkMayBeBack'>;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Bytes of a base64 string; throws 'invalid_input' rather than silently dropping bad characters. */
function decodeBase64(data: string): Uint8Array {
  const compact = data.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw new BriefdeskError('invalid_input', 'The image data is not valid base64.');
  }
  return Buffer.from(compact, 'base64');
}

// Export (jsdom, DOMPurify, the editor schema), import (mammoth, markdown-it, jsdom), revision diffs,
// backups (fflate) and publishing are loaded on their first use, not when a shell starts.
const exportBriefFile = lazyFunction(async () => (await import('./export/export-brief-file')).exportBriefFile);
const importFile = lazyFunction(async () => (await import('./import/import-file')).importFile);
const diffRevision = lazyFunction(async () => (await import('./revisions/diff-revision')).diffRevision);

/**
 * The contract's methods, implemented on a library store. Inputs arrive
 * already validated against the contract (see shared/api/dispatch.ts).
 */
export function createHandlers(store: LibraryStore, info: ShellInfo): ApiHandlers {
  const recovery = new RecoveryStore(store);
  return {
    listBriefs: async ({ trash }) => {
      const listing = store.list({ trash });
      // A library opened without its search index (the browser shell: its first page loads first) starts
      // building it once the list has been answered; the build begins on a later turn of the event loop.
      store.search.start();
      return listing;
    },
    searchBriefs: (query) => store.search.search(query),
    getBrief: ({ id }) => store.get(id),
    createBrief: ({ templateId }) => store.create(templateId),
    saveBrief: ({ id, content, baseRevision }) => store.save(id, content, baseRevision),
    duplicateBrief: ({ id }) => store.duplicate(id),
    trashBrief: ({ id }) => store.trash(id),
    restoreBrief: ({ id }) => store.restore(id),
    purgeBrief: async ({ id }) => {
      await store.purge(id);
      return { ok: true };
    },
    addImage: ({ fileName, dataBase64 }) => store.addImage(fileName, decodeBase64(dataBase64)),
    listTemplates: async () => store.templates.list(),
    saveTemplate: async ({ name, fromBriefId }) => store.templates.saveFromBrief(name, await store.get(fromBriefId)),
    deleteTemplate: async ({ id }) => {
      await store.templates.delete(id);
      return { ok: true };
    },
    listDeskBlocks: async ({ query }) => store.deskLibrary.list(query),
    getDeskBlock: async ({ id }) => store.deskLibrary.get(id),
    saveDeskBlock: (input) => store.deskLibrary.save(input),
    renameDeskBlock: ({ id, name }) => store.deskLibrary.rename(id, name),
    deskBlockUsage: async ({ id }) => store.deskLibrary.usage(id),
    deleteDeskBlock: ({ id }) => store.deskLibrary.delete(id),
    exportBrief: async ({ snapshot, ...request }) => {
      const bundle = await exportBriefFile(store, request, {
        generator: `Briefdesk ${info.version}`,
        ...(info.pdfPrinter ? { pdfPrinter: info.pdfPrinter } : {}),
      });
      return snapshot ? keepExportSnapshot(store, request.id, bundle) : bundle;
    },
    importFile: ({ fileName, dataBase64 }) => importFile(store, decodeImportBase64(fileName, dataBase64), fileName),
    listRevisions: async ({ id }) => ({ revisions: await store.revisions.list(id) }),
    getRevision: ({ id, revisionId }) => store.revisions.get(id, revisionId),
    saveVersion: ({ id, name }) => store.revisions.saveVersion(id, name),
    restoreRevision: ({ id, revisionId }) => store.revisions.restore(id, revisionId),
    diffRevision: ({ id, revisionId, toRevisionId }) => diffRevision(store, id, revisionId, toRevisionId),
    stashDraft: async ({ id, writer, baseRevision, content }) => {
      await recovery.stash(id, writer, baseRevision, content);
      return { ok: true };
    },
    dropDraft: async ({ id, writer }) => {
      await recovery.drop(id, writer);
      return { ok: true };
    },
    listRecoveries: ({ id }) => recovery.list(id),
    recoverDraft: ({ id, writer }) => recovery.recover(id, writer),
    keepUnsaved: ({ id, baseRevision, content, name }) => store.revisions.keepContent(id, content, baseRevision, name),
    getAppInfo: async () => ({ version: info.version, shell: info.shell, dataDir: store.dataDir }),
    ...lazyHandlers(
      [
        'backupLibrary',
        'restoreBackup',
        'switchLibrary',
        'getLibraryStatus',
        'listRecoverable',
        'restoreNewestGoodVersion',
        'getBackupSettings',
        'saveBackupSettings',
      ],
      async () => (await import('./backup/backup-handlers')).backupHandlers(store, info),
    ),
    ...lazyHandlers(
      [
        'listTargets',
        'saveTarget',
        'deleteTarget',
        'testTarget',
        'checkBrief',
        'publishBrief',
        'listOutbox',
        'retryJob',
        'cancelJob',
        'resolveJob',
        'listPublications',
        'unpublish',
        'wakeOutbox',
      ],
      async () => (await import('./publish/publish-handlers')).publishHandlers(store, info),
    ),
  };
}
