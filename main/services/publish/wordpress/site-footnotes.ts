import { z } from 'zod';
import type { Publications } from '../publications';
import type { WordPressRest } from './wordpress-rest';

/** How long what a site offers is taken as known before it is asked again (a site may be upgraded). */
export const SITE_FACTS_MAX_AGE_MS = 24 * 3600 * 1000;

/** The part of the posts route's schema (`OPTIONS /wp/v2/posts`) that tells whether posts take a `footnotes` meta. */
const PostsSchema = z.object({
  schema: z.object({
    properties: z.object({
      // A site without registered meta answers `properties: []` (PHP's empty array).
      meta: z.object({ properties: z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]) }).optional(),
    }),
  }),
});

/**
 * Whether the site writes posts' notes as the block editor's own footnotes:
 * its posts route offers the `footnotes` meta in REST (WordPress 6.3+
 * registers it with core/footnotes; the block editor itself offers its
 * footnote button only when the post's `meta.footnotes` is a string). The
 * answer is kept with the target's records for a day (SITE_FACTS_MAX_AGE_MS).
 * A site that does not say — an old WordPress, an answer in another shape —
 * gets linked endnotes; a site that cannot be reached throws as any request does.
 */
export async function siteHasFootnotes(rest: WordPressRest, publications: Publications, targetId: string, now: Date): Promise<boolean> {
  const known = publications.siteFacts(targetId);
  if (known && now.getTime() - Date.parse(known.checkedAt) < SITE_FACTS_MAX_AGE_MS) return known.footnotes;
  const response = await rest.send({ method: 'OPTIONS', route: '/wp/v2/posts' });
  if (response.status === 401 || response.status >= 500) throw rest.failure(response);
  const parsed = PostsSchema.safeParse(response.json);
  const meta = parsed.success ? parsed.data.schema.properties.meta?.properties : undefined;
  const footnotes = response.status === 200 && meta !== undefined && !Array.isArray(meta) && meta.footnotes !== undefined;
  await publications.setSiteFacts(targetId, { footnotes, checkedAt: now.toISOString() });
  return footnotes;
}
