import { readdir } from 'node:fs/promises';
import { exportBriefs } from '../main/services/export/export-briefs';
import { LibraryStore } from '../main/services/library/library-store';

/** Exporting briefs to HTML pages: how long, how many files. */
export interface ExportTiming {
  briefs: number;
  ms: number;
  files: number;
}

/**
 * Export the first `count` of `ids` to HTML (images embedded) into `outDir`,
 * through a store opened as `briefdesk export` opens it: read-only (rows
 * only; the full text is indexed only for a search).
 */
export async function benchExport(dataDir: string, ids: readonly string[], count: number, outDir: string): Promise<ExportTiming> {
  const store = await LibraryStore.open(dataDir, { readOnly: true });
  try {
    const chosen = ids.slice(0, count);
    const started = performance.now();
    await exportBriefs(store, chosen, { format: 'html', outDir, generator: 'Briefdesk bench' });
    const ms = performance.now() - started;
    const files = (await readdir(outDir)).filter((name) => name.endsWith('.html')).length;
    return { briefs: chosen.length, ms, files };
  } finally {
    await store.close();
  }
}
