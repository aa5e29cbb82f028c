/** Reading numbered or bulleted points from lines of text (a list flattened into plain text). */

const BULLET = '[•·▪◦‣●○■□➢►\\-–—*]';
/** "1. Text", "1) Text", "• 1. Text". */
const NUMBERED = new RegExp(`^(?:${BULLET}\\s*)?(\\d{1,2})[.)]\\s+(\\S.*)$`, 'u');
/** "• Text", "- Text". */
const BULLETED = new RegExp(`^${BULLET}\\s+(\\S.*)$`, 'u');
/** "• 1Text": a list number glued to the item's first (capital) letter, as copying a web page's list flattens it. */
const GLUED = new RegExp(`^(?:${BULLET}\\s*)?(\\d{1,2})(\\p{Lu}.*)$`, 'u');

/**
 * The points at the start of `lines` (a list flattened into text): "1. …",
 * "1) …", "• …", or numbers glued to a capital letter ("1Iran…", as copying
 * a web page's list flattens it). Glued numbers are taken off only when the
 * run starts at 1 and goes on 1, 2, 3… in order, so "5G networks" or
 * "2028 Plan" elsewhere stay whole. Stops at the first line that is not a
 * point; answers the points' text.
 */
export function takeawayItems(lines: readonly string[]): string[] {
  const first = lines[0] ?? '';
  const glued = !NUMBERED.test(first) && Number(GLUED.exec(first)?.[1]) === 1;
  const items: string[] = [];
  for (const line of lines) {
    const text = glued ? gluedText(line, items.length + 1) : (NUMBERED.exec(line)?.[2] ?? BULLETED.exec(line)?.[1] ?? null);
    if (text === null) break;
    items.push(text.trim());
  }
  return items;
}

function gluedText(line: string, expected: number): string | null {
  const match = GLUED.exec(line);
  return match?.[2] && Number(match[1]) === expected ? match[2] : null;
}

/** Whether a line looks like a point of a flattened list (numbered or bulleted), wherever it stands. */
export function looksLikeListLine(line: string): boolean {
  return NUMBERED.test(line) || BULLETED.test(line);
}
