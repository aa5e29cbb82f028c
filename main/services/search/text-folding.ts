/** Text with nothing but ASCII characters: nothing to fold or recompose. */
const ASCII = /^\p{ASCII}*$/u;

/** Combining marks on a Latin or Greek letter (café, naïve, Ελληνικά), removed when folding. */
const LETTER_WITH_MARKS = /([\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu;

/**
 * Text as the full-text index sees it: compatibility forms unified (full-width
 * letters, ligatures: NFKC) and the accents of Latin and Greek letters removed,
 * so "café" and "cafe", "Ｃａｆé" and "cafe" are the same word. Other scripts
 * keep their marks (Japanese voicing marks, Cyrillic й, Devanagari vowel signs
 * change the word). Case is left to the index's tokenizer.
 */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text;
  return text.normalize('NFKD').replace(LETTER_WITH_MARKS, '$1').normalize('NFC');
}
