import { TAG_MAX, TAGS_MAX } from '../../shared/model/field-limits';

/** Tags read from text: those kept, and those left out for a limit (never dropped without a word). */
export interface ParsedTags {
  tags: string[];
  /** Tags longer than 80 characters. */
  tooLong: string[];
  /** Tags beyond the 60th. */
  beyond: string[];
}

/** Tags from comma-separated text: trimmed, no empties, no repeats (case-insensitive, first spelling wins); limits reported. */
export function readTags(text: string): ParsedTags {
  const seen = new Set<string>();
  const result: ParsedTags = { tags: [], tooLong: [], beyond: [] };
  for (const part of text.split(/[,，、]/)) {
    const tag = part.trim().replace(/\s+/g, ' ');
    const key = tag.toLocaleLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    if (tag.length > TAG_MAX) result.tooLong.push(tag);
    else if (result.tags.length >= TAGS_MAX) result.beyond.push(tag);
    else result.tags.push(tag);
  }
  return result;
}

/** The tags kept from comma-separated text (see readTags). */
export function parseTags(text: string): string[] {
  return readTags(text).tags;
}

/** The text a tag list is edited as. */
export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}

function quoted(tags: readonly string[]): string {
  const shown = tags.slice(0, 3).map((tag) => `“${tag.length > 40 ? `${tag.slice(0, 39)}…` : tag}”`);
  return tags.length > 3 ? `${shown.join(', ')} and ${tags.length - 3} more` : shown.join(', ');
}

/** What the analyst must know about tags left out, or null when every tag is kept. */
export function tagsProblem({ tooLong, beyond }: ParsedTags): string | null {
  const parts: string[] = [];
  if (tooLong.length > 0)
    parts.push(
      `Not saved, longer than ${TAG_MAX} characters: ${quoted(tooLong)}. Shorten ${tooLong.length === 1 ? 'it' : 'them'} to keep ${tooLong.length === 1 ? 'it' : 'them'}.`,
    );
  if (beyond.length > 0) parts.push(`A brief keeps at most ${TAGS_MAX} tags; not saved: ${quoted(beyond)}.`);
  return parts.length > 0 ? parts.join(' ') : null;
}
