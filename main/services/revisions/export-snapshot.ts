import type { ExportBundle } from '../../../shared/api/contract';
import type { LibraryStore } from '../library/library-store';

/**
 * After an export the analyst asked for (Export, bulk export — not
 * Preview): keep the brief as exported as an 'export' revision. The
 * revisions dedupe a snapshot that repeats the newest 'export' revision.
 * The files are already made, so a revision that cannot be written does
 * not fail the export: it is added to the bundle's warnings.
 */
export async function keepExportSnapshot(store: LibraryStore, briefId: string, bundle: ExportBundle): Promise<ExportBundle> {
  try {
    await store.revisions.snapshot(briefId, 'export');
    return bundle;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ...bundle, warnings: [...bundle.warnings, `This export was not kept in the brief’s history: ${reason}`] };
  }
}
