const numberFormat = new Intl.NumberFormat('en');

/** "1 word", "1,234 words". */
export function wordsLabel(words: number): string {
  return `${numberFormat.format(words)} ${words === 1 ? 'word' : 'words'}`;
}

/**
 * "1,234 words · 6 min read", and the notes counted apart when there are
 * some: "1,234 words · 6 min read · 3 notes, 85 words".
 */
export function readingLabel(words: number, minutes: number, notes?: { notes: number; words: number }): string {
  const reading = `${wordsLabel(words)} · ${minutes} min read`;
  if (!notes || notes.notes === 0) return reading;
  return `${reading} · ${notes.notes === 1 ? '1 note' : `${numberFormat.format(notes.notes)} notes`}, ${wordsLabel(notes.words)}`;
}
