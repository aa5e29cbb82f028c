/** Line icons, drawn on a 16 px grid with a 1.4 px stroke. Each button has its own shape, so no two read alike. */
const paths = {
  link: 'M6.8 9.2a2.6 2.6 0 0 0 3.7 0l2.2-2.2a2.6 2.6 0 0 0-3.7-3.7l-.8.8M9.2 6.8a2.6 2.6 0 0 0-3.7 0L3.3 9a2.6 2.6 0 0 0 3.7 3.7l.8-.8',
  bulletList: 'M6 4.5h8M6 8h8M6 11.5h8M2.6 4.5h.1M2.6 8h.1M2.6 11.5h.1',
  // Digits 1 and 2 drawn as strokes, then the lines.
  orderedList: 'M6.5 4.5h7.5M6.5 8h7.5M6.5 11.5h7.5M2.2 3.4l.9-.6v3M1.9 9.6c.2-.6 1.6-.7 1.6.2 0 .7-1.6 1.5-1.6 2.2h1.7',
  // Two quotation marks: the block quote.
  quote: 'M3 8.5c0-2.6 1-4 2.8-4.6M3 8.5h2.6v3.2H3zM8.8 8.5c0-2.6 1-4 2.8-4.6M8.8 8.5h2.6v3.2H8.8z',
  // A key beside two lines: Key Takeaways, the brief's key points.
  takeaways: 'M4.6 6.9a2.1 2.1 0 1 0 0-4.2 2.1 2.1 0 0 0 0 4.2zM4.6 6.9v6.4M4.6 10.6h1.6M4.6 12.6h1.3M9 5h5M9 8.5h5M9 12h3.5',
  // A pen nib: the Editor's Desk, the editor's own analysis.
  desk: 'M8 14V9.6M8 9.6a1.1 1.1 0 1 0 0-2.2 1.1 1.1 0 0 0 0 2.2zM4.2 6.6 8 2l3.8 4.6L10 11.5H6zM5.5 14h5',
  // A wand with a spark: turn the numbered list into Key Takeaways.
  makeTakeaways: 'M2.5 13.5l7-7M8.2 5.2l1.3-1.3 2.6 2.6-1.3 1.3M12.5 1.8v2M11.5 2.8h2M14 6.5v1.6M13.2 7.3h1.6',
  image: 'M2.5 3.5h11v9h-11zM2.5 10.5l3.2-3.2 2.6 2.6 1.8-1.8 3.4 3.4M10.5 6.3h.1',
  // A label tag: the image's alt text.
  alt: 'M2.5 8.7V3.3a.8.8 0 0 1 .8-.8h5.4l5 5-6.2 6.2zM5.6 5.6h.1',
  undo: 'M5 3.5 2.5 6 5 8.5M2.8 6h6.7a3.5 3.5 0 0 1 0 7H6',
  redo: 'M11 3.5 13.5 6 11 8.5M13.2 6H6.5a3.5 3.5 0 0 0 0 7H10',
  // A line with a raised 1: a footnote.
  footnote: 'M2.5 6h6.5M2.5 9.5h5M2.5 13h8M11.5 2.8l1.3-.8v4.5M11.3 6.5h2.8',
  // A grid of three by three: a table.
  table: 'M2.5 3h11v10h-11zM2.5 6.3h11M2.5 9.7h11M6.2 3v10M9.8 3v10',
  // Table edits: the rows or columns touched, a plus where one is added, a minus where one goes.
  addRowBefore: 'M8 1.5v4M6 3.5h4M2.5 7.5h11v6h-11zM2.5 10.5h11',
  addRowAfter: 'M2.5 2.5h11v6h-11zM2.5 5.5h11M8 10.5v4M6 12.5h4',
  addColumnBefore: 'M3.5 6v4M1.5 8h4M7.5 2.5h6v11h-6zM10.5 2.5v11',
  addColumnAfter: 'M2.5 2.5h6v11h-6zM5.5 2.5v11M12.5 6v4M10.5 8h4',
  deleteRow: 'M2.5 2.5h11v6h-11zM2.5 5.5h11M5.5 12.5h5',
  deleteColumn: 'M2.5 2.5h6v11h-6zM5.5 2.5v11M10.5 8h4',
  // A grid whose top band is ruled twice: the header row.
  headerRow: 'M2.5 3h11v10h-11zM2.5 5h11M2.5 7h11M8 7v6',
  deleteTable: 'M2.5 2.5h8v7h-8zM2.5 6h8M6.5 2.5v7M10.5 11l3 3M13.5 11l-3 3',
} as const;

/** Buttons shown as letters set in type (bold, italic, heading levels). */
const glyphs = {
  bold: { text: 'B', className: 'glyph glyph-bold' },
  italic: { text: 'I', className: 'glyph glyph-italic' },
  heading2: { text: 'H2', className: 'glyph' },
  heading3: { text: 'H3', className: 'glyph' },
} as const;

export type ToolbarIconName = keyof typeof paths | keyof typeof glyphs;

function isGlyph(name: ToolbarIconName): name is keyof typeof glyphs {
  return name in glyphs;
}

/** A 16px icon for the formatting toolbar (decorative: the button carries the name). */
export function ToolbarIcon({ name }: { name: ToolbarIconName }) {
  if (isGlyph(name)) {
    const glyph = glyphs[name];
    return (
      <span className={glyph.className} aria-hidden="true">
        {glyph.text}
      </span>
    );
  }
  return (
    <svg className="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
