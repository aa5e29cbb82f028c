import { z } from 'zod';
import { BriefContent, BriefId, IsoDateTime } from '../model/brief';

/**
 * Why a revision was taken: `auto` while editing (at most one per
 * AUTO_REVISION_INTERVAL_MS), `named` by the analyst ("Save version"),
 * `export` / `publish` when the brief left the app, and `before-import`,
 * `before-restore`, `before-pull` just before something replaced the brief's content.
 */
export const RevisionKind = z.enum([
  'auto',
  'named',
  'export',
  'publish',
  'before-import',
  'before-restore',
  'before-pull',
  'before-replace',
]);
export type RevisionKind = z.infer<typeof RevisionKind>;

/** Longest name of a named version, in characters. */
export const REVISION_NAME_MAX = 120;

/** Editing time between two automatic revisions of a brief: 5 minutes. */
export const AUTO_REVISION_INTERVAL_MS = 5 * 60 * 1000;

/**
 * A revision id, also its file name: the time it was taken (UTC,
 * `20250301T091500123Z`), its kind and a random suffix —
 * `20250301T091500123Z-named-k3x9q2` — so ids sort by time.
 */
export const RevisionId = z.string().regex(/^\d{8}T\d{9}Z-[a-z-]{4,20}-[a-z0-9]{6}$/, 'Not a revision id');
export type RevisionId = z.infer<typeof RevisionId>;

/** The name an analyst gives a version: trimmed, 1–120 characters. */
export const RevisionName = z
  .string()
  .trim()
  .min(1, 'A version needs a name')
  .max(REVISION_NAME_MAX, `A version name is at most ${REVISION_NAME_MAX} characters`);

/** One revision as listed in History: everything but the content. */
export const RevisionSummary = z.object({
  id: RevisionId,
  briefId: BriefId,
  /** The brief's revision number the content was saved under. */
  briefRevision: z.number().int().nonnegative(),
  createdAt: IsoDateTime,
  kind: RevisionKind,
  /** Set on named versions. */
  name: RevisionName.optional(),
  wordCount: z.number().int().nonnegative(),
});
export type RevisionSummary = z.infer<typeof RevisionSummary>;

/** A revision, whole: the brief's editable content at that moment. */
export const Revision = RevisionSummary.extend({ content: BriefContent });
export type Revision = z.infer<typeof Revision>;

/** A revision without its content. */
export function revisionSummaryOf(revision: Revision): RevisionSummary {
  const { content: _content, ...summary } = revision;
  return summary;
}
