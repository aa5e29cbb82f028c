import { z } from 'zod';
import { Brief, BriefId } from '../../model/brief';
import { BriefDiff } from '../../revisions/brief-diff-model';
import { Revision, RevisionId, RevisionName, RevisionSummary } from '../../revisions/revision';
import { byId } from './by-id';
import { method, type Section } from './method';

/** A brief's history: revisions, named versions, restoring one, what changed. */
export const revisionsContract = {
  /**
   * A brief's history, newest first, without content: automatic revisions
   * (at most one per 5 minutes of editing), named versions, and the ones
   * kept on export, publish and before an import, pull or restore replaced
   * the brief. Old revisions are thinned (all for 7 days, then one a day to
   * 90 days, then one a week; named versions always kept).
   */
  listRevisions: method(byId, z.object({ revisions: z.array(RevisionSummary) })),
  /** One revision, with the brief's content at that moment. Unknown: 'not_found'; a damaged file: 'damaged'. */
  getRevision: method(z.object({ id: BriefId, revisionId: RevisionId }), Revision),
  /** Keep the brief as it is on disk now as a named version ("Save version"). */
  saveVersion: method(z.object({ id: BriefId, name: RevisionName }), RevisionSummary),
  /**
   * Make a revision's content the brief's content again. The current state
   * is first kept as a 'before-restore' revision, `undoRevisionId`:
   * restoring that one undoes the restore. The brief is saved like any save
   * (revision + 1), so an editor holding the old revision gets a conflict.
   */
  restoreRevision: method(z.object({ id: BriefId, revisionId: RevisionId }), z.object({ brief: Brief, undoRevisionId: RevisionId })),
  /**
   * What changed from a revision (older) to the brief as it is now — or to
   * the revision `toRevisionId` — field by field, and the body line by line
   * (each Key Takeaways item, the Editor's Desk title, text and sign-off,
   * headings, paragraphs, list items) with word diffs inside changed lines.
   */
  diffRevision: method(z.object({ id: BriefId, revisionId: RevisionId, toRevisionId: RevisionId.optional() }), BriefDiff),
} satisfies Section;
