import { z } from 'zod';
import { BRIEF_TEXT_MAX, HERO_TEXT_MAX, TAG_MAX, TAGS_MAX } from './field-limits';

/** Version of the on-disk brief format. Bump it with a migration. */
export const BRIEF_SCHEMA_VERSION = 1;

/** Ids are used as file names, so they are restricted to a safe alphabet. */
export const BriefId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'A brief id is 8–64 letters, digits, "-" or "_"');
export type BriefId = z.infer<typeof BriefId>;

/** A content-addressed asset: the SHA-256 of its bytes and an image extension. */
export const AssetId = z.string().regex(/^[a-f0-9]{64}\.(png|jpg|gif|webp|avif)$/, 'Not an asset id');
export type AssetId = z.infer<typeof AssetId>;

export const IsoDateTime = z.iso.datetime({ offset: true });

export const BriefStatus = z.enum(['draft', 'review', 'ready', 'published']);
export type BriefStatus = z.infer<typeof BriefStatus>;

export const HeroImage = z.object({
  asset: AssetId,
  alt: z.string().max(HERO_TEXT_MAX.alt),
  caption: z.string().max(HERO_TEXT_MAX.caption),
  credit: z.string().max(HERO_TEXT_MAX.credit),
});
export type HeroImage = z.infer<typeof HeroImage>;

export const RelatedBrief = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('brief'), id: BriefId }),
  z.object({ kind: z.literal('url'), url: z.url({ protocol: /^https?$/ }), title: z.string().max(300) }),
]);
export type RelatedBrief = z.infer<typeof RelatedBrief>;

/** A ProseMirror mark as stored in JSON. */
export const PmMark = z.object({
  type: z.string().min(1),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

/** A ProseMirror node as stored in JSON (structure only; the TipTap schema checks the rest). */
export interface PmNodeJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNodeJson[];
  marks?: z.infer<typeof PmMark>[];
  text?: string;
}
export const PmNode: z.ZodType<PmNodeJson> = z.lazy(() =>
  z.object({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(PmNode).optional(),
    marks: z.array(PmMark).optional(),
    text: z.string().optional(),
  }),
);

/** The body: one TipTap/ProseMirror document. */
export const BodyDoc = z.object({
  type: z.literal('doc'),
  content: z.array(PmNode).optional(),
});
export type BodyDoc = z.infer<typeof BodyDoc>;

/** Highest word target a brief may set. */
export const WORD_TARGET_MAX = 1_000_000;

/**
 * A brief's word target (shown as progress in the status bar); null or
 * absent: none. Optional, so files written before it existed read as they
 * are — no format version bump is needed.
 */
export const WordTarget = z.number().int().min(1).max(WORD_TARGET_MAX).nullable().optional();

export const emptyBody = (): BodyDoc => ({ type: 'doc', content: [{ type: 'paragraph' }] });

/** The fields an analyst edits. Everything else on a brief is kept by the store. */
export const BriefContent = z.object({
  section: z.string().max(BRIEF_TEXT_MAX.section),
  headline: z.string().max(BRIEF_TEXT_MAX.headline),
  standfirst: z.string().max(BRIEF_TEXT_MAX.standfirst),
  byline: z.string().max(BRIEF_TEXT_MAX.byline),
  tags: z.array(z.string().min(1).max(TAG_MAX)).max(TAGS_MAX),
  status: BriefStatus,
  language: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Not a language tag'),
  hero: HeroImage.nullable(),
  related: z.array(RelatedBrief).max(50),
  body: BodyDoc,
  wordTarget: WordTarget,
});
export type BriefContent = z.infer<typeof BriefContent>;

/** A brief as stored in articles/<id>.json. */
export const Brief = BriefContent.extend({
  schemaVersion: z.literal(BRIEF_SCHEMA_VERSION),
  id: BriefId,
  /** Increases by one on every save; used to detect a save based on a stale copy. */
  revision: z.number().int().nonnegative(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  trashedAt: IsoDateTime.nullable(),
});
export type Brief = z.infer<typeof Brief>;

/** One row of the library list. */
export const BriefSummary = z.object({
  id: BriefId,
  headline: z.string(),
  section: z.string(),
  status: BriefStatus,
  tags: z.array(z.string()),
  wordCount: z.number().int().nonnegative(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  trashedAt: IsoDateTime.nullable(),
});
export type BriefSummary = z.infer<typeof BriefSummary>;

/** A brief file that could not be read; it has been moved aside untouched. */
export const DamagedBrief = z.object({
  id: z.string(),
  /** Where the file was moved, relative to the data dir. */
  movedTo: z.string(),
  reason: z.string(),
  detectedAt: IsoDateTime,
});
export type DamagedBrief = z.infer<typeof DamagedBrief>;

/** Fresh content for a new brief. */
export function blankBriefContent(): BriefContent {
  return {
    section: '',
    headline: '',
    standfirst: '',
    byline: '',
    tags: [],
    status: 'draft',
    language: 'en',
    hero: null,
    related: [],
    body: emptyBody(),
  };
}
