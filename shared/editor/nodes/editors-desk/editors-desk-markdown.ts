/** Name of the container an Editor's Desk block is written in (`:::editors-desk`). */
export const MARKDOWN_DESK_CONTAINER = 'editors-desk';
/** Labels of an Editor's Desk's fields, in the order they are written. */
export const MARKDOWN_DESK_LABELS = {
  title: 'Title',
  deskName: 'Desk',
  series: 'Series',
  publication: 'Publication',
} as const;
