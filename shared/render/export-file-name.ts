import slugify from '@sindresorhus/slugify';

/** Longest slug kept from a headline, in characters. */
const MAX_SLUG = 80;

/**
 * A file-name stem for a brief: the slug of its headline (transliterated,
 * lower case, at most 80 characters, cut at a word), or `brief-<id start>`
 * when the headline has nothing to slug (empty, or in a script the slug
 * library does not transliterate, such as Chinese). `-2`, `-3`, … are added
 * until `isTaken` says no.
 * @example exportStem('Grid reform stalls', 'a1b2c3d4e5', () => false) // 'grid-reform-stalls'
 */
export function exportStem(headline: string, id: string, isTaken: (stem: string) => boolean): string {
  let slug = slugify(headline);
  if (slug.length > MAX_SLUG) {
    const cut = slug.slice(0, MAX_SLUG + 1);
    slug = cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, MAX_SLUG);
  }
  const base = slug || `brief-${id.slice(0, 8).toLowerCase()}`;
  let stem = base;
  for (let n = 2; isTaken(stem); n += 1) stem = `${base}-${n}`;
  return stem;
}
