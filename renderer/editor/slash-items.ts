/** What the slash menu can insert. */
export type SlashItemId = 'takeaways' | 'desk' | 'code' | 'footnote' | 'table';

export interface SlashItem {
  id: SlashItemId;
  /** The option's name. */
  label: string;
  /** What to type, shown beside the name: "/takeaways". */
  command: string;
  /** Words that find it as the analyst types after the slash. */
  keywords: readonly string[];
}

export const SLASH_ITEMS: readonly SlashItem[] = [
  { id: 'takeaways', label: 'Key takeaways', command: '/takeaways', keywords: ['takeaways', 'key takeaways', 'summary'] },
  { id: 'desk', label: "Editor's desk", command: '/desk', keywords: ['desk', "editor's desk", 'analysis'] },
  { id: 'code', label: 'Code block', command: '/code', keywords: ['code', 'code block', 'preformatted', 'verbatim'] },
  { id: 'footnote', label: 'Footnote', command: '/note', keywords: ['footnote', 'note', 'source', 'citation', 'reference'] },
  { id: 'table', label: 'Table', command: '/table', keywords: ['table', 'grid', 'rows', 'columns'] },
];

/** Lower case, no apostrophes, single spaces: "Editor’s  Desk" → "editors desk". */
function normalize(text: string): string {
  return text.toLowerCase().replace(/['’]/g, '').replace(/\s+/g, ' ').trimStart();
}

/** True when some keyword, or a word of one, starts with the typed query. */
function matches(item: SlashItem, query: string): boolean {
  return [item.label, ...item.keywords].some((keyword) => {
    const words = normalize(keyword);
    return words.startsWith(query) || words.split(' ').some((word) => word.startsWith(query));
  });
}

/** The items for what follows the slash ("" → all of them), in menu order. */
export function filterSlashItems(query: string): SlashItem[] {
  const wanted = normalize(query);
  return SLASH_ITEMS.filter((item) => matches(item, wanted));
}

/** The text after a slash that can still become a command (letters, apostrophes, spaces). */
export const SLASH_QUERY = /^\/([\p{L}'’ ]{0,30})$/u;
