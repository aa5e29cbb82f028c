import { z } from 'zod';

/** A run of text that was added, removed or kept. */
export const TextSegment = z.object({
  op: z.enum(['added', 'removed', 'unchanged']),
  text: z.string(),
});
export type TextSegment = z.infer<typeof TextSegment>;

/** The fields of a brief outside its body that a diff compares. */
export const DiffField = z.enum([
  'headline',
  'standfirst',
  'section',
  'byline',
  'status',
  'tags',
  'language',
  'heroImage',
  'heroAlt',
  'heroCaption',
  'heroCredit',
  'related',
]);
export type DiffField = z.infer<typeof DiffField>;

/** One field that differs. */
export const FieldChange = z.object({
  field: DiffField,
  /** The field's name for the analyst: "Headline", "Hero image caption"… */
  label: z.string(),
  /** The field as text, before and after (lists joined with ", "; "" when empty or absent). */
  before: z.string(),
  after: z.string(),
  /**
   * What changed. Text fields: a word diff, to be shown as one run of text.
   * List fields (`list`: tags, related): one segment per item.
   */
  segments: z.array(TextSegment),
  list: z.boolean(),
});
export type FieldChange = z.infer<typeof FieldChange>;

/** What a line of the body comes from. */
export const BodyLineKind = z.enum([
  'takeaway',
  'desk-title',
  'desk',
  'sign-off',
  'heading',
  'paragraph',
  'list-item',
  'quote',
  'image',
  'rule',
]);
export type BodyLineKind = z.infer<typeof BodyLineKind>;

/**
 * One line of the body diff. The body is read as one line per block
 * ("Key Takeaways 2: …", "Editor's Desk title: …", "## A heading", a
 * paragraph, "- a list item"…); lines are matched by kind, text and
 * formatting, so adding a takeaway shows as one added line even though the
 * items after it are numbered anew.
 */
export const BodyLineChange = z.object({
  change: z.enum(['unchanged', 'added', 'removed', 'changed']),
  kind: BodyLineKind,
  /** "Key Takeaways 2", "Editor's Desk title", "Editor's Desk", "Sign-off", or null for the body's own text. */
  label: z.string().nullable(),
  /** The line before (null when added) and after (null when removed). */
  before: z.string().nullable(),
  after: z.string().nullable(),
  /** A word diff for a changed line; otherwise the whole line as one segment. */
  segments: z.array(TextSegment),
  /** A changed line whose text is the same: only its formatting (bold, a link…) changed. */
  formatOnly: z.boolean(),
});
export type BodyLineChange = z.infer<typeof BodyLineChange>;

/** How an older version of a brief differs from a newer one. */
export const BriefDiff = z.object({
  /** True when nothing the diff compares differs. */
  identical: z.boolean(),
  fields: z.array(FieldChange),
  /** Every line of the body in order, unchanged ones included (the UI may fold them). */
  body: z.array(BodyLineChange),
  counts: z.object({
    fields: z.number().int().nonnegative(),
    added: z.number().int().nonnegative(),
    removed: z.number().int().nonnegative(),
    changed: z.number().int().nonnegative(),
  }),
});
export type BriefDiff = z.infer<typeof BriefDiff>;
