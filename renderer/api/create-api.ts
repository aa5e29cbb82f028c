import {
  type BriefdeskApi,
  contract,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from '../../shared/api/contract';
import type { ZodType } from 'zod';
import { unwrap } from '../../shared/api/dispatch';
import { BriefdeskError } from '../../shared/model/errors';
import { bridgeTransport } from './bridge-transport';
import { httpTransport } from './http-transport';
import { readToken } from './read-token';
import type { Transport } from './transport';

/** The contract seen only for its output schemas, typed per method. */
type OutputSchemas = { [M in MethodName]: { output: ZodType<MethodOutput<M>> } };
const outputSchemas: OutputSchemas = contract;

/** Builds the API for one method: send, unwrap the wire result, check the answer's shape. */
function clientMethod<M extends MethodName>(
  transport: Transport,
  name: M,
): (input: MethodInput<M>) => Promise<MethodOutput<M>> {
  const schema: ZodType<MethodOutput<M>> = outputSchemas[name].output;
  return async (input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const value = unwrap(await transport(name, input));
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      throw new BriefdeskError('internal', `Briefdesk answered ${name} with data this version does not understand.`);
    }
    return parsed.data;
  };
}

/**
 * The typed API over any transport. (Written out: TypeScript cannot check a
 * generated map of generic methods; a missing method fails to compile here.)
 */
export function apiOver(transport: Transport): BriefdeskApi {
  return {
    listBriefs: clientMethod(transport, 'listBriefs'),
    searchBriefs: clientMethod(transport, 'searchBriefs'),
    getBrief: clientMethod(transport, 'getBrief'),
    createBrief: clientMethod(transport, 'createBrief'),
    saveBrief: clientMethod(transport, 'saveBrief'),
    duplicateBrief: clientMethod(transport, 'duplicateBrief'),
    trashBrief: clientMethod(transport, 'trashBrief'),
    restoreBrief: clientMethod(transport, 'restoreBrief'),
    purgeBrief: clientMethod(transport, 'purgeBrief'),
    addImage: clientMethod(transport, 'addImage'),
    getAppInfo: clientMethod(transport, 'getAppInfo'),
    backupLibrary: clientMethod(transport, 'backupLibrary'),
    restoreBackup: clientMethod(transport, 'restoreBackup'),
    switchLibrary: clientMethod(transport, 'switchLibrary'),
    getLibraryStatus: clientMethod(transport, 'getLibraryStatus'),
    listRecoverable: clientMethod(transport, 'listRecoverable'),
    restoreNewestGoodVersion: clientMethod(transport, 'restoreNewestGoodVersion'),
    getBackupSettings: clientMethod(transport, 'getBackupSettings'),
    saveBackupSettings: clientMethod(transport, 'saveBackupSettings'),
    listTemplates: clientMethod(transport, 'listTemplates'),
    saveTemplate: clientMethod(transport, 'saveTemplate'),
    deleteTemplate: clientMethod(transport, 'deleteTemplate'),
    listDeskBlocks: clientMethod(transport, 'listDeskBlocks'),
    getDeskBlock: clientMethod(transport, 'getDeskBlock'),
    saveDeskBlock: clientMethod(transport, 'saveDeskBlock'),
    renameDeskBlock: clientMethod(transport, 'renameDeskBlock'),
    deskBlockUsage: clientMethod(transport, 'deskBlockUsage'),
    deleteDeskBlock: clientMethod(transport, 'deleteDeskBlock'),
    exportBrief: clientMethod(transport, 'exportBrief'),
    importFile: clientMethod(transport, 'importFile'),
    listRevisions: clientMethod(transport, 'listRevisions'),
    getRevision: clientMethod(transport, 'getRevision'),
    saveVersion: clientMethod(transport, 'saveVersion'),
    restoreRevision: clientMethod(transport, 'restoreRevision'),
    diffRevision: clientMethod(transport, 'diffRevision'),
    stashDraft: clientMethod(transport, 'stashDraft'),
    dropDraft: clientMethod(transport, 'dropDraft'),
    listRecoveries: clientMethod(transport, 'listRecoveries'),
    recoverDraft: clientMethod(transport, 'recoverDraft'),
    keepUnsaved: clientMethod(transport, 'keepUnsaved'),
    listTargets: clientMethod(transport, 'listTargets'),
    saveTarget: clientMethod(transport, 'saveTarget'),
    deleteTarget: clientMethod(transport, 'deleteTarget'),
    testTarget: clientMethod(transport, 'testTarget'),
    checkBrief: clientMethod(transport, 'checkBrief'),
    publishBrief: clientMethod(transport, 'publishBrief'),
    listOutbox: clientMethod(transport, 'listOutbox'),
    retryJob: clientMethod(transport, 'retryJob'),
    cancelJob: clientMethod(transport, 'cancelJob'),
    resolveJob: clientMethod(transport, 'resolveJob'),
    listPublications: clientMethod(transport, 'listPublications'),
    unpublish: clientMethod(transport, 'unpublish'),
    wakeOutbox: clientMethod(transport, 'wakeOutbox'),
  };
}

/**
 * The renderer's one API client: the desktop preload's bridge when it is
 * there, the browser shell's HTTP API otherwise. Failures arrive as thrown
 * BriefdeskErrors whose message is fit to show.
 */
export function createApi(win: Window = window): BriefdeskApi {
  const transport = win.briefdesk ? bridgeTransport(win.briefdesk) : httpTransport({ token: readToken(win.document) });
  return apiOver(transport);
}
