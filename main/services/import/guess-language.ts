/** Scripts that mostly name one language, and that language's tag. */
const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Thai}/u, 'th'],
];

const LETTER = /\p{L}/u;
const ARABIC = /\p{Script=Arabic}/u;
const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The share of the text's words a script needs to name the language: about half (a page half in Chinese is a Chinese page). */
const ENOUGH = 0.4;

/** Which counted script a letter is in: one of the telling ones, or 'other' (Latin, Cyrillic…). */
function scriptOf(char: string): string {
  if (ARABIC.test(char)) return 'arabic';
  if (KANA.test(char)) return 'kana';
  if (HAN.test(char)) return 'han';
  return SCRIPTS.find(([script]) => script.test(char))?.[1] ?? 'other';
}

/** Scripts written without spaces: each character counts as a word (as word counts count them). */
const PER_CHARACTER = new Set(['han', 'kana']);

/**
 * How many words of the text are in each script: a Chinese or Japanese
 * character is a word, as is every run of letters in another script. (By
 * letters, a line of Chinese would weigh five times less than its English
 * translation.)
 */
function wordsByScript(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  let previous: string | null = null;
  for (const char of text.slice(0, 20_000)) {
    if (!LETTER.test(char)) {
      previous = null;
      continue;
    }
    const script = scriptOf(char);
    if (PER_CHARACTER.has(script) || script !== previous) counts.set(script, (counts.get(script) ?? 0) + 1);
    previous = script;
  }
  return counts;
}

/**
 * The language of a text told by its script, for files that do not say:
 * Arabic script → `ar` (`fa` with Persian letters, `ur` with Urdu ones),
 * Hebrew → `he`, Chinese characters → `zh` (`ja` with kana), Hangul → `ko`,
 * Greek → `el`, Thai → `th` — when that script holds the most words and at
 * least 40 % of them (words: each Chinese or Japanese character is one).
 * Null when most words are in another script (Latin, Cyrillic…), which
 * does not tell the language.
 */
export function guessLanguage(text: string): string | null {
  const counts = wordsByScript(text);
  const cjk = (counts.get('han') ?? 0) + (counts.get('kana') ?? 0);
  const grouped = new Map([...counts].filter(([script]) => !PER_CHARACTER.has(script)));
  if (cjk > 0) grouped.set('cjk', cjk);
  const total = [...grouped.values()].reduce((sum, count) => sum + count, 0);
  const [best, count] = [...grouped].sort((a, b) => b[1] - a[1])[0] ?? ['other', 0];
  if (total === 0 || best === 'other' || count / total < ENOUGH) return null;
  if (best === 'arabic') {
    if (/[ٹڈڑںے]/u.test(text)) return 'ur';
    if (/[پچژگ]/u.test(text)) return 'fa';
    return 'ar';
  }
  if (best === 'cjk') return (counts.get('kana') ?? 0) / cjk > 0.05 ? 'ja' : 'zh';
  return best;
}
