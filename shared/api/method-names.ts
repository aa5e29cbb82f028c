/**
 * The contract's method names, without the schemas: what the desktop preload
 * needs (it is bundled on its own, and should not carry zod). contract.ts
 * checks at compile time that this list and the contract's keys are the same.
 */
export const methodNames = [
  'listBriefs',
  'getBrief',
  'searchBriefs',
  'createBrief',
  'saveBrief',
  'duplicateBrief',
  'trashBrief',
  'restoreBrief',
  'purgeBrief',
  'addImage',
  'listTemplates',
  'saveTemplate',
  'deleteTemplate',
  'listDeskBlocks',
  'getDeskBlock',
  'saveDeskBlock',
  'renameDeskBlock',
  'deskBlockUsage',
  'deleteDeskBlock',
  'exportBrief',
  'importFile',
  'listRevisions',
  'getRevision',
  'saveVersion',
  'restoreRevision',
  'diffRevision',
  'stashDraft',
  'dropDraft',
  'listRecoveries',
  'recoverDraft',
  'keepUnsaved',
  'backupLibrary',
  'restoreBackup',
  'switchLibrary',
  'getLibraryStatus',
  'listRecoverable',
  'restoreNewestGoodVersion',
  'getBackupSettings',
  'saveBackupSettings',
  'getAppInfo',
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
] as const;

export type MethodName = (typeof methodNames)[number];

/** IPC channel of a method (desktop shell). */
export const ipcChannel = (name: MethodName): string => `briefdesk:${name}`;

function hasEveryMethod<T extends Record<MethodName, unknown>>(methods: Partial<T>): methods is T {
  return methodNames.every((name) => methods[name] !== undefined);
}

/**
 * An object with one entry per contract method, each made by `make` — so a
 * method added to the contract is never forgotten in a hand-written list.
 */
export function methodMap<T extends Record<MethodName, unknown>>(make: <M extends MethodName>(name: M) => T[M]): T {
  const methods: Partial<T> = {};
  for (const name of methodNames) methods[name] = make(name);
  if (!hasEveryMethod(methods)) throw new Error('A contract method is missing.');
  return methods;
}
