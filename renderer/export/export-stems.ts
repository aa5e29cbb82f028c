import type { ExportFormat } from '../../shared/api/contract';
import { exportStem } from '../../shared/render/export-file-name';

/** The name of the page that lists an HTML export's briefs; no brief's page may take it. */
export const INDEX_STEM = 'index';

/**
 * File-name stems for briefs exported together, in the order given: each the
 * slug of its headline (exportStem), `-2`, `-3`… when taken, never `index`
 * for HTML (the index page's name). Handed to exportBrief as `stems`, so
 * names never clash and related briefs link to each other's files.
 */
export function exportStems(briefs: readonly { id: string; headline: string }[], format: ExportFormat): Record<string, string> {
  const taken = new Set<string>(format === 'html' ? [INDEX_STEM] : []);
  const stems: Record<string, string> = {};
  for (const brief of briefs) {
    const stem = exportStem(brief.headline, brief.id, (candidate) => taken.has(candidate));
    taken.add(stem);
    stems[brief.id] = stem;
  }
  return stems;
}
