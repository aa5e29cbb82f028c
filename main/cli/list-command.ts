import type { LibraryListing } from '../../shared/api/contract';

/** The library as a plain-text table, newest first. */
export function formatListing(listing: LibraryListing): string {
  if (listing.briefs.length === 0 && listing.damaged.length === 0) return 'The library is empty.\n';
  const rows = listing.briefs.map((brief) => [
    brief.updatedAt.slice(0, 16).replace('T', ' '),
    brief.status,
    String(brief.wordCount),
    brief.id,
    brief.headline || 'Untitled brief',
  ]);
  const header = ['UPDATED', 'STATUS', 'WORDS', 'ID', 'HEADLINE'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ');
  const lines = [line(header), ...rows.map(line)];
  for (const damaged of listing.damaged) {
    lines.push(`damaged: ${damaged.id} — ${damaged.reason} (moved to ${damaged.movedTo})`);
  }
  return `${lines.join('\n')}\n`;
}
