/**
 * Below this window width the library is a drawer over the brief instead of a
 * column beside it. The same width is written in renderer/styles/layout.css
 * (CSS cannot read it from here); keep the two equal.
 */
export const DRAWER_QUERY = '(max-width: 860px)';
