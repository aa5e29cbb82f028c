/** Node name of a footnote: the note's text, kept where its reference stands in the text. */
export const FOOTNOTE = 'footnote';
