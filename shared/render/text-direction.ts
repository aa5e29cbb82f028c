/** Primary language subtags written right to left. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** Scripts written right to left, as BCP 47 script subtags. */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg']);

/**
 * The base direction of text in a language: `rtl` for Arabic, Hebrew,
 * Persian, Urdu and the other right-to-left languages (or an explicit
 * right-to-left script subtag such as `-Arab`), `ltr` otherwise.
 * @example textDirection('he') // 'rtl'
 */
export function textDirection(language: string): 'ltr' | 'rtl' {
  const [primary = '', ...rest] = language.toLowerCase().split('-');
  const script = rest.find((subtag) => subtag.length === 4);
  if (script !== undefined) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

/** A well-formed language tag for `lang` attributes: the brief's when it looks like one, else `und`. */
export function safeLanguageTag(language: string): string {
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language) ? language : 'und';
}
