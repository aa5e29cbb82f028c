import type { Brief } from '../model/brief';

/** What the JSON-LD of a brief needs beyond the brief itself. */
export interface BriefJsonLdExtras {
  /** The byline without a leading "By". */
  author: string;
  /** The hero image's URL when it is worth repeating (not a data: URL). */
  imageUrl: string | null;
  /** The publication named in the brief's Editor's Desk, if any. */
  publisher: string | null;
  /** The words in the body. */
  wordCount: number;
}

/** A schema.org NewsArticle describing a brief. */
export function briefJsonLd(brief: Brief, extras: BriefJsonLdExtras): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: brief.headline,
    description: brief.standfirst,
    inLanguage: brief.language,
    datePublished: brief.createdAt,
    dateModified: brief.updatedAt,
    ...(brief.section ? { articleSection: brief.section } : {}),
    ...(brief.tags.length > 0 ? { keywords: brief.tags } : {}),
    ...(extras.author ? { author: [{ '@type': 'Person', name: extras.author }] } : {}),
    ...(extras.publisher ? { publisher: { '@type': 'Organization', name: extras.publisher } } : {}),
    ...(extras.imageUrl ? { image: [extras.imageUrl] } : {}),
    wordCount: extras.wordCount,
    identifier: brief.id,
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&`
 * are written as \u escapes, so no value can close the script or open a
 * comment, and U+2028/U+2029 are escaped for old parsers. Still valid JSON.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
