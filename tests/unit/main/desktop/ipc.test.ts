import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type ApiHandlers, ipcChannel, methodNames } from '../../../../shared/api/contract';
import { BriefdeskError } from '../../../../shared/model/errors';
import { electronDouble, resetElectronDouble } from '../electron-double';

vi.mock('electron', async () => (await import('../electron-double')).electronDouble);

const { REFUSED_SENDER, setupIpc } = await import('../../../../main/desktop/ipc');

const APP_FRAME = { senderFrame: { url: 'briefdesk://app/index.html' } };
const BRIEF_ID = '01JNZ5Y3K2M4P6Q8R0S2T4V6X8';

/** Handlers that fail the test if reached, except those given. */
function fakeHandlers(overrides: Partial<ApiHandlers> = {}): ApiHandlers {
  const refuse = async (): Promise<never> => {
    throw new Error('this handler should not have been called');
  };
  return {
    listBriefs: refuse,
    searchBriefs: refuse,
    libraryFacets: refuse,
    libraryIndexStatus: refuse,
    getBrief: refuse,
    createBrief: refuse,
    draftBrief: refuse,
    saveBrief: refuse,
    duplicateBrief: refuse,
    trashBrief: refuse,
    restoreBrief: refuse,
    purgeBrief: refuse,
    addImage: refuse,
    listTemplates: refuse,
    saveTemplate: refuse,
    deleteTemplate: refuse,
    listDeskBlocks: refuse,
    getDeskBlock: refuse,
    saveDeskBlock: refuse,
    renameDeskBlock: refuse,
    deskBlockUsage: refuse,
    deleteDeskBlock: refuse,
    exportBrief: refuse,
    importFile: refuse,
    listRevisions: refuse,
    getRevision: refuse,
    saveVersion: refuse,
    restoreRevision: refuse,
    diffRevision: refuse,
    stashDraft: refuse,
    dropDraft: refuse,
    listRecoveries: refuse,
    recoverDraft: refuse,
    keepUnsaved: refuse,
    getAppInfo: refuse,
    listTargets: refuse,
    saveTarget: refuse,
    deleteTarget: refuse,
    testTarget: refuse,
    checkBrief: refuse,
    publishBrief: refuse,
    listOutbox: refuse,
    retryJob: refuse,
    cancelJob: refuse,
    findInLibrary: refuse,
    startLibraryReplace: refuse,
    libraryReplaceStatus: refuse,
    cancelLibraryReplace: refuse,
    resolveJob: refuse,
    listPublications: refuse,
    unpublish: refuse,
    wakeOutbox: refuse,
    backupLibrary: refuse,
    restoreBackup: refuse,
    switchLibrary: refuse,
    getLibraryStatus: refuse,
    listRecoverable: refuse,
    restoreNewestGoodVersion: refuse,
    getBackupSettings: refuse,
    saveBackupSettings: refuse,
    ...overrides,
  };
}

function registered(channel: string) {
  const handler = electronDouble.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler on ${channel}`);
  return handler;
}

beforeEach(() => resetElectronDouble());

describe('desktop IPC registration', () => {
  it('registers exactly one handler per contract method, and nothing else', () => {
    setupIpc(fakeHandlers());
    const channels = electronDouble.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(methodNames.map(ipcChannel).sort());
    expect(electronDouble.ipcMain.on).not.toHaveBeenCalled();
  });

  it('refuses calls from a frame that is not the app page, without reaching the handler', async () => {
    const listBriefs = vi.fn(async () => ({ briefs: [], total: 0, damaged: [], index: { state: 'ready' as const, done: 0, total: 0 } }));
    setupIpc(fakeHandlers({ listBriefs }));
    const handler = registered(ipcChannel('listBriefs'));
    for (const senderFrame of [
      null,
      { url: 'https://evil.example/' },
      { url: 'file:///etc/passwd' },
      { url: 'briefdesk://asset/x.png' },
      { url: 'briefdesk://app.evil/index.html' },
      { url: 'about:blank' },
    ]) {
      expect(await handler({ senderFrame }, {})).toEqual(REFUSED_SENDER);
    }
    expect(REFUSED_SENDER).toMatchObject({ ok: false, error: { message: 'Refused: request from an unknown frame' } });
    expect(listBriefs).not.toHaveBeenCalled();
  });

  it('validates input against the contract before any handler runs', async () => {
    const getBrief = vi.fn();
    setupIpc(fakeHandlers({ getBrief }));
    const result = await registered(ipcChannel('getBrief'))(APP_FRAME, { id: '../../etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const missing = await registered(ipcChannel('getBrief'))(APP_FRAME, undefined);
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(getBrief).not.toHaveBeenCalled();
  });

  it('passes a valid call, parsed (with defaults), to its handler and returns a wire result', async () => {
    const listBriefs = vi.fn(async () => ({ briefs: [], total: 0, damaged: [], index: { state: 'ready' as const, done: 0, total: 0 } }));
    setupIpc(fakeHandlers({ listBriefs }));
    const result = await registered(ipcChannel('listBriefs'))(APP_FRAME, {});
    expect(listBriefs).toHaveBeenCalledWith({ trash: false, sort: 'updated', offset: 0 });
    expect(result).toEqual({ ok: true, value: { briefs: [], total: 0, damaged: [], index: { state: 'ready', done: 0, total: 0 } } });
  });

  it('turns a handler failure into a wire error with its code', async () => {
    const getBrief = vi.fn(async () => {
      throw new BriefdeskError('not_found', 'No such brief.');
    });
    setupIpc(fakeHandlers({ getBrief }));
    const result = await registered(ipcChannel('getBrief'))(APP_FRAME, { id: BRIEF_ID });
    expect(getBrief).toHaveBeenCalledWith({ id: BRIEF_ID });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'No such brief.' } });
  });

  it('close() removes every handler and waits for calls under way', async () => {
    let finish: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const listBriefs = vi.fn(async () => {
      await slow;
      return { briefs: [], total: 0, damaged: [], index: { state: 'ready' as const, done: 0, total: 0 } };
    });
    const ipc = setupIpc(fakeHandlers({ listBriefs }));
    const pending = registered(ipcChannel('listBriefs'))(APP_FRAME, {});
    let closed = false;
    const closing = ipc.close().then(() => {
      closed = true;
    });
    expect(electronDouble.ipcMain.handlers.size).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(closed).toBe(false);
    finish();
    await closing;
    expect(closed).toBe(true);
    expect(await pending).toMatchObject({ ok: true });
    expect(electronDouble.ipcMain.removeHandler).toHaveBeenCalledTimes(methodNames.length);
  });
});
