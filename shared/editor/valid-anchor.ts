/** What an anchor may be: an id a link can point at (letters, digits, `_ - . :`), up to 128 characters. */
const ANCHOR = /^[\p{L}\p{N}_][\p{L}\p{N}_.:-]{0,127}$/u;

/**
 * `value` when it can be a heading's anchor, else null. Kept apart from the
 * editor extension (heading-anchor.ts) so that the API contract and the
 * publish checklist do not load the editor with them.
 */
export function validAnchor(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return ANCHOR.test(trimmed) ? trimmed : null;
}
