import { createHash } from 'node:crypto';
import { z } from 'zod';

/** A `{ raw }` field as WordPress gives it with `context=edit` (raw is absent in other contexts). */
const RawField = z.object({ raw: z.string().optional(), rendered: z.string().optional() });

/** The parts of a post (`context=edit`) the publisher uses. */
export const WpPost = z.object({
  id: z.number().int().positive(),
  link: z.string(),
  slug: z.string(),
  status: z.string(),
  /** UTC, second resolution, no zone: "2026-01-02T03:04:05". */
  modified_gmt: z.string(),
  author: z.number().int().nonnegative().optional(),
  title: RawField,
  excerpt: RawField,
  content: RawField,
  featured_media: z.number().int().nonnegative().optional(),
  tags: z.array(z.number().int()).optional(),
  categories: z.array(z.number().int()).optional(),
  /** The post's meta: an object, or `[]` (PHP's empty array) when the site registers none. */
  meta: z.union([z.object({ footnotes: z.string().optional() }), z.array(z.unknown())]).optional(),
});
export type WpPost = z.infer<typeof WpPost>;

/** The parts of a media item the publisher uses. */
export const WpMedia = z.object({
  id: z.number().int().positive(),
  source_url: z.string(),
  alt_text: z.string().optional(),
  caption: RawField.optional(),
});
export type WpMedia = z.infer<typeof WpMedia>;

/** A tag or category. */
export const WpTerm = z.object({ id: z.number().int().positive(), name: z.string(), slug: z.string() });
export type WpTerm = z.infer<typeof WpTerm>;

/** A post revision (who saved what, when). */
export const WpRevision = z.object({ id: z.number().int(), author: z.number().int().nonnegative(), modified_gmt: z.string().optional() });

/** A user, as far as a name goes. */
export const WpUser = z.object({ id: z.number().int(), name: z.string() });

/** The REST API index (`?rest_route=/`). */
export const WpIndex = z.object({
  name: z.string().optional(),
  namespaces: z.array(z.string()),
  authentication: z.unknown().optional(),
});

/** The post's notes as the site keeps them (the `footnotes` meta, WordPress 6.3+), '' when it has none. */
export function postFootnotesMeta(post: Pick<WpPost, 'meta'>): string {
  return post.meta !== undefined && !Array.isArray(post.meta) ? (post.meta.footnotes ?? '') : '';
}

/**
 * A fingerprint of what a post says: SHA-256 of its raw title, excerpt and
 * content, and of its notes when it has the site's own footnotes (a post
 * without any keeps the fingerprint it always had). Compared with the one
 * recorded after our last write, it tells a change made on the site even
 * within the same second (modified_gmt has one-second resolution).
 */
export function postFingerprint(post: Pick<WpPost, 'title' | 'excerpt' | 'content' | 'meta'>): string {
  const parts = [post.title.raw ?? '', post.excerpt.raw ?? '', post.content.raw ?? ''];
  const footnotes = postFootnotesMeta(post);
  if (footnotes !== '') parts.push(footnotes);
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
