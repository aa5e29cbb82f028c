import {
  type ApiHandlers,
  backupContract,
  exportContract,
  importContract,
  publishContract,
  replaceContract,
} from '../../../shared/api/contract';
import type { LibraryStore } from '../../services/library/library-store';
import type { ShellInfo } from '../shell-info';
import { appHandlers } from './app-handlers';
import { briefsHandlers } from './briefs-handlers';
import { deskHandlers } from './desk-handlers';
import { lazySection } from './lazy-section';
import { libraryHandlers } from './library-handlers';
import { recoveryHandlers } from './recovery-handlers';
import { revisionsHandlers } from './revisions-handlers';
import { templatesHandlers } from './templates-handlers';

/**
 * The contract's methods, implemented on a library store: one handler
 * group per section of the contract. Inputs arrive already validated
 * against the contract (see shared/api/dispatch.ts). Export (jsdom,
 * DOMPurify, the editor schema), import (mammoth, markdown-it, jsdom),
 * backups (fflate), publishing and replacing in all briefs are loaded on their first use, so the
 * shells start without them.
 */
export function createHandlers(store: LibraryStore, info: ShellInfo): ApiHandlers {
  return {
    ...libraryHandlers(store),
    ...briefsHandlers(store),
    ...templatesHandlers(store),
    ...deskHandlers(store),
    ...lazySection(exportContract, async () => (await import('./export-handlers')).exportHandlers(store, info)),
    ...lazySection(importContract, async () => (await import('./import-handlers')).importHandlers(store)),
    ...revisionsHandlers(store),
    ...recoveryHandlers(store),
    ...lazySection(backupContract, async () => (await import('./backup-handlers')).backupHandlers(store, info)),
    ...appHandlers(store, info),
    ...lazySection(publishContract, async () => (await import('./publish-handlers')).publishHandlers(store, info)),
    ...lazySection(replaceContract, async () => (await import('./replace-handlers')).replaceHandlers(store)),
  };
}
