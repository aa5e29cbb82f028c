import { Fragment, type Mark, type Node as PmNode, type Schema, Slice } from '@tiptap/pm/model';

/**
 * Plain text as the body takes it (Ctrl/Cmd+Shift+V, or a clipboard with no
 * HTML): a blank line starts a new paragraph, a single line break stays a
 * line break, and the text keeps the marks where it lands. The slice is open
 * at both ends, so one line pasted into a paragraph joins it.
 */
export function plainTextSlice(text: string, schema: Schema, marks: readonly Mark[] = []): Slice {
  const paragraphType = schema.nodes.paragraph;
  const breakType = schema.nodes.hardBreak;
  if (!paragraphType) return Slice.empty;
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n(?:[ \t\u00a0]*\n)+/);
  const paragraphs = blocks
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block, index, all) => block !== '' || all.length === 1)
    .map((block) => {
      const inline: PmNode[] = [];
      block.split('\n').forEach((line, index) => {
        if (index > 0 && breakType) inline.push(breakType.create());
        if (line !== '') inline.push(schema.text(line, marks));
      });
      return paragraphType.create(null, inline);
    });
  return new Slice(Fragment.from(paragraphs), 1, 1);
}
