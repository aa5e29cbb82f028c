import type { exportContract, HandlersOf } from '../../../shared/api/contract';
import { exportBriefFile } from '../../services/export/export-brief-file';
import type { LibraryStore } from '../../services/library/library-store';
import { keepExportSnapshot } from '../../services/revisions/export-snapshot';
import type { ShellInfo } from '../shell-info';

/** A brief out as files, printed to PDF by the shell's printer; with `snapshot`, kept as an 'export' revision. */
export function exportHandlers(store: LibraryStore, info: Pick<ShellInfo, 'version' | 'pdfPrinter'>): HandlersOf<typeof exportContract> {
  return {
    exportBrief: async ({ snapshot, ...request }) => {
      const bundle = await exportBriefFile(store, request, {
        generator: `Briefdesk ${info.version}`,
        ...(info.pdfPrinter ? { pdfPrinter: info.pdfPrinter } : {}),
      });
      return snapshot ? keepExportSnapshot(store, request.id, bundle) : bundle;
    },
  };
}
