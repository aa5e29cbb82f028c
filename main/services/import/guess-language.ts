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

/**
 * The language of a text told by its script, for files that do not say:
 * Arabic script → `ar` (`fa` with Persian letters, `ur` with Urdu ones),
 * Hebrew → `he`, Chinese characters → `zh` (`ja` with kana), Hangul → `ko`,
 * Greek → `el`, Thai → `th`. Null when most letters are in another script
 * (Latin, Cyrillic…), which does not tell the language.
 */
export function guessLanguage(text: string): string | null {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const char of text.slice(0, 20_000)) {
    if (!LETTER.test(char)) continue;
    letters += 1;
    let key: string | null;
    if (ARABIC.test(char)) key = 'arabic';
    else if (KANA.test(char)) key = 'kana';
    else if (HAN.test(char)) key = 'han';
    else key = SCRIPTS.find(([script]) => script.test(char))?.[1] ?? null;
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (letters === 0) return null;
  const share = (key: string): number => (counts.get(key) ?? 0) / letters;
  if (share('arabic') > 0.5) {
    if (/[ٹڈڑںے]/u.test(text)) return 'ur';
    if (/[پچژگ]/u.test(text)) return 'fa';
    return 'ar';
  }
  if (share('han') + share('kana') > 0.5) return share('kana') > 0.05 ? 'ja' : 'zh';
  return SCRIPTS.map(([, tag]) => tag).find((tag) => share(tag) > 0.5) ?? null;
}
