/** Tags from comma-separated text: trimmed, no empties, no repeats (case-insensitive, first spelling wins). */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of text.split(/[,，、]/)) {
    const tag = part.trim().replace(/\s+/g, ' ').slice(0, 80);
    const key = tag.toLocaleLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags.slice(0, 60);
}

/** The text a tag list is edited as. */
export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
