/**
 * Runs of characters of scripts written without spaces between words (Chinese,
 * Japanese kana, Korean Hangul), where a word cannot be told from the next
 * without a dictionary.
 */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc\u3005]+/gu;
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Whether a text has any Chinese, Japanese or Korean characters. */
export function hasCjk(text: string): boolean {
  return HAS_CJK.test(text);
}

/** The overlapping pairs of characters of a run ("我们的" → 我们, 们的); a single character stays itself. */
export function cjkBigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const pairs: string[] = [];
  for (let at = 0; at < chars.length - 1; at += 1) pairs.push(`${chars[at] ?? ''}${chars[at + 1] ?? ''}`);
  return pairs;
}

/**
 * Text for the full-text index with each CJK run written as its overlapping
 * character pairs, separated by spaces ("我们的国家" → "我们 们的 的国 国家"), the
 * way search engines index these scripts (Lucene's CJK bigrams): any stretch
 * of two or more characters is then a phrase of pairs, found wherever it
 * stands. Text without CJK characters comes back unchanged.
 */
export function withCjkBigrams(text: string): string {
  if (!hasCjk(text)) return text;
  return text.replace(CJK_RUN, (run) => ` ${cjkBigrams(run).join(' ')} `);
}

/** Each CJK run of a text, with where it starts. */
export function cjkRuns(text: string): { run: string; start: number }[] {
  return [...text.matchAll(CJK_RUN)].map((match) => ({ run: match[0], start: match.index }));
}
