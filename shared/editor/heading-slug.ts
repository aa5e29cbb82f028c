/**
 * The anchor a Markdown site gives a heading (GitHub's and most static
 * generators' rule): its text lower-cased, punctuation dropped, spaces made
 * hyphens. "Why it matters (2025)" → "why-it-matters-2025".
 */
export function headingSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
}
