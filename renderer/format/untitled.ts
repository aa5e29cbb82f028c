/** What a brief without a headline is called. */
export const UNTITLED = 'Untitled brief';

export function displayHeadline(headline: string): string {
  const trimmed = headline.trim();
  return trimmed === '' ? UNTITLED : trimmed;
}
