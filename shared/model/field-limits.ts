/** The longest value of each text field of a brief, in UTF-16 code units (what zod and `maxLength` count). */
export const BRIEF_TEXT_MAX = { section: 120, headline: 400, standfirst: 2000, byline: 400 } as const;

/** The longest value of each text field of the hero image. */
export const HERO_TEXT_MAX = { alt: 1000, caption: 2000, credit: 500 } as const;

/** The longest tag, and the most tags a brief keeps. */
export const TAG_MAX = 80;
export const TAGS_MAX = 60;
