const numberFormat = new Intl.NumberFormat('en');

/** "1 word", "1,234 words". */
export function wordsLabel(words: number): string {
  return `${numberFormat.format(words)} ${words === 1 ? 'word' : 'words'}`;
}

/** "1,234 words · 6 min read". */
export function readingLabel(words: number, minutes: number): string {
  return `${wordsLabel(words)} · ${minutes} min read`;
}
