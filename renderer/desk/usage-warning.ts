import type { BriefSummary } from '../../shared/model/brief';
import { displayHeadline } from '../format/untitled';

/** What deleting a desk-library block does to the briefs synced to it, in a sentence. */
export function usageWarning(count: number): string {
  if (count === 0) return 'No brief uses this block.';
  if (count === 1) return 'Used in 1 brief. Deleting detaches its copy — its text stays.';
  return `Used in ${count} briefs. Deleting detaches their copies — their text stays.`;
}

/** The briefs using a block as the analyst sees them in the confirmation: headline, "(in the Trash)" where so. */
export function usageLines(briefs: readonly BriefSummary[]): string[] {
  return briefs.map((brief) => `${displayHeadline(brief.headline)}${brief.trashedAt === null ? '' : ' (in the Trash)'}`);
}
