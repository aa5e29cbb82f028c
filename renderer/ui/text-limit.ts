/** From this share of its limit a field shows how many characters it holds. */
export const COUNTER_FROM = 0.8;

/** What a paste (or any insertion) into a limited field becomes. */
export interface FittedInsertion {
  /** The part of the text that fits, inserted at the selection. */
  inserted: string;
  /** The rest, which must be kept for the analyst: never dropped silently. */
  remainder: string;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Splits `text`, about to replace `selected` characters of a `length`-long
 * value, into what fits within `limit` and what does not. Lengths are in UTF-16
 * code units (as `maxLength` and the model count); the cut falls between two
 * graphemes, so no emoji, accented letter or surrogate pair is split.
 */
export function fitInsertion(length: number, selected: number, text: string, limit: number): FittedInsertion {
  const room = Math.max(0, limit - (length - selected));
  if (text.length <= room) return { inserted: text, remainder: '' };
  let end = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (end + segment.length > room) break;
    end += segment.length;
  }
  return { inserted: text.slice(0, end), remainder: text.slice(end) };
}

/** How a field's length reads against its limit: nothing below 80 %, a count from there, full at the limit. */
export type LimitState = { kind: 'quiet' } | { kind: 'counting'; length: number; limit: number } | { kind: 'full'; limit: number };

/** The state of a `length`-long value under `limit`. */
export function limitState(length: number, limit: number): LimitState {
  if (length >= limit) return { kind: 'full', limit };
  if (length >= Math.ceil(limit * COUNTER_FROM)) return { kind: 'counting', length, limit };
  return { kind: 'quiet' };
}
