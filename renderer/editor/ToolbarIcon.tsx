const paths = {
  bulletList: 'M6 4.5h8M6 8h8M6 11.5h8M2.6 4.5h.1M2.6 8h.1M2.6 11.5h.1',
  orderedList: 'M6.5 4.5h7.5M6.5 8h7.5M6.5 11.5h7.5',
  quote: 'M3 4.5h10M5.5 8h7.5M5.5 11.5h7.5M3 7.5v4.5',
  link: 'M6.8 9.2a2.6 2.6 0 0 0 3.7 0l2.2-2.2a2.6 2.6 0 0 0-3.7-3.7l-.8.8M9.2 6.8a2.6 2.6 0 0 0-3.7 0L3.3 9a2.6 2.6 0 0 0 3.7 3.7l.8-.8',
  image: 'M2.5 3.5h11v9h-11zM2.5 10.5l3.2-3.2 2.6 2.6 1.8-1.8 3.4 3.4',
  alt: 'M2.5 3.5h11v9h-11zM5 10l1.6-4.5L8.2 10M5.5 8.6h2.2M10 5.5v4.5h1.8',
  undo: 'M5 3.5 2.5 6 5 8.5M2.8 6h6.7a3.5 3.5 0 0 1 0 7H6',
  redo: 'M11 3.5 13.5 6 11 8.5M13.2 6H6.5a3.5 3.5 0 0 0 0 7H10',
  takeaways: 'M2.5 2.5h11v11h-11zM7.5 6h4M7.5 10h4M4.8 5.2l.9-.6v2.6M4.6 9h1.3l-1.3 1.8h1.4',
  desk: 'M3.2 2.5v11M5.8 4h7.7M5.8 6.7h7.7M5.8 9.4h7.7M9.5 12.3h4',
  makeTakeaways: 'M2.5 4h4M2.5 8h4M2.5 12h4M9 3.5h4.5v9H9zM9 8h4.5',
  footnote: 'M2.5 6h6.5M2.5 9.5h5M2.5 13h8M11.5 2.8l1.3-.8v4.5M11.3 6.5h2.8',
} as const;

export type ToolbarIconName = keyof typeof paths;

/** A 16px line icon for the formatting toolbar (decorative: the button carries the name). */
export function ToolbarIcon({ name }: { name: ToolbarIconName }) {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
      {name === 'orderedList' && (
        <text x="1.2" y="6.2" fontSize="4.6" fill="currentColor" fontFamily="system-ui, sans-serif">
          1
        </text>
      )}
      {name === 'orderedList' && (
        <text x="1.2" y="13.2" fontSize="4.6" fill="currentColor" fontFamily="system-ui, sans-serif">
          2
        </text>
      )}
    </svg>
  );
}
