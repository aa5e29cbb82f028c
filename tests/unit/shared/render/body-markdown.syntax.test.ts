import { describe, expect, it } from 'vitest';
import type { BodyDoc, PmNodeJson } from '../../../../shared/model/brief';
import { renderBodyMarkdown } from '../../../../shared/render/body-markdown';

type Mark = NonNullable<PmNodeJson['marks']>[number];
const text = (value: string, ...marks: Mark[]): PmNodeJson => ({ type: 'text', text: value, ...(marks.length > 0 ? { marks } : {}) });
const mark = (type: string): Mark => ({ type });
const paragraph = (...content: PmNodeJson[]): PmNodeJson => ({ type: 'paragraph', content });
const item = (value: string): PmNodeJson => ({ type: 'listItem', content: [paragraph(text(value))] });
const doc = (...content: PmNodeJson[]): BodyDoc => ({ type: 'doc', content });
const markdownOf = (...content: PmNodeJson[]): string => renderBodyMarkdown(doc(...content), { imageUrl: () => null });

describe('the Markdown export writes each part of a body in its own syntax', () => {
  it('marks text bold, italic and struck through, moving spaces outside the marks; underline keeps only its text', () => {
    expect(
      markdownOf(
        paragraph(
          text('A'),
          text(' strong ', mark('bold')),
          text('and'),
          text(' leaning ', mark('italic')),
          text('and'),
          text(' gone ', mark('strike')),
          text('and '),
          text('underlined', mark('underline')),
          text('.'),
        ),
      ),
    ).toBe('A **strong** and *leaning* and ~~gone~~ and underlined.\n');
  });

  it('fences inline code with one backtick more than the longest run inside it, padded when it holds any', () => {
    expect(markdownOf(paragraph(text('Run '), text('npm test', mark('code')), text(' first.')))).toBe('Run `npm test` first.\n');
    expect(markdownOf(paragraph(text('Type '), text('a`b', mark('code')), text('.')))).toBe('Type `` a`b ``.\n');
    expect(markdownOf(paragraph(text('Type '), text('x``y`', mark('code')), text('.')))).toBe('Type ``` x``y` ```.\n');
    // Inside code nothing is escaped.
    expect(markdownOf(paragraph(text('<b> & *x*', mark('code'))))).toBe('`<b> & *x*`\n');
  });

  it('fences a code block with its language, or none when the name is not one, and outlasts the backticks inside', () => {
    const block = (code: string, language: string | null): PmNodeJson => ({
      type: 'codeBlock',
      attrs: { language },
      content: [text(code)],
    });
    expect(markdownOf(block('const a = 1;\n  return a * 2;', 'ts'))).toBe('```ts\nconst a = 1;\n  return a * 2;\n```\n');
    expect(markdownOf(block('x', 'c++'))).toBe('```c++\nx\n```\n');
    expect(markdownOf(block('x', 'not a language'))).toBe('```\nx\n```\n');
    expect(markdownOf(block('x', 'a'.repeat(41)))).toBe('```\nx\n```\n');
    expect(markdownOf(block('x', 'a'.repeat(40)))).toBe(`\`\`\`${'a'.repeat(40)}\nx\n\`\`\`\n`);
    expect(markdownOf(block('before\n````\nafter', null))).toBe('`````\nbefore\n````\nafter\n`````\n');
    expect(markdownOf(block('# not a heading <b>', null))).toBe('```\n# not a heading <b>\n```\n');
  });

  it('numbers a list from its start, the numbers right-aligned; a start that is not a whole number ≥ 0 becomes 1', () => {
    const ordered = (start: unknown, ...values: string[]): PmNodeJson => ({
      type: 'orderedList',
      attrs: { start },
      content: values.map(item),
    });
    // After a paragraph: at the very start of the body the first line's padding is trimmed, which reads the same.
    expect(markdownOf(paragraph(text('Steps:')), ordered(9, 'nine', 'ten', 'eleven'))).toBe('Steps:\n\n 9. nine\n10. ten\n11. eleven\n');
    expect(markdownOf(ordered(0, 'zero', 'one'))).toBe('0. zero\n1. one\n');
    expect(markdownOf(paragraph(text('Steps:')), ordered(8, 'eight', 'nine'))).toBe('Steps:\n\n8. eight\n9. nine\n');
    expect(markdownOf(ordered(1, 'one', 'two'))).toBe('1. one\n2. two\n');
    expect(markdownOf(ordered(99, 'a'))).toBe('99. a\n');
    expect(markdownOf(ordered(-3, 'a', 'b'))).toBe('1. a\n2. b\n');
    expect(markdownOf(ordered(2.5, 'a'))).toBe('1. a\n');
    expect(markdownOf({ type: 'bulletList', content: [item('one'), item('two')] })).toBe('- one\n- two\n');
  });

  it('indents what follows the first paragraph of a list item under its text', () => {
    const twoParagraphs: PmNodeJson = { type: 'listItem', content: [paragraph(text('First')), paragraph(text('Second'))] };
    expect(markdownOf({ type: 'bulletList', content: [twoParagraphs] })).toBe('- First\n\n  Second\n');
    expect(markdownOf({ type: 'orderedList', attrs: { start: 1 }, content: [twoParagraphs] })).toBe('1. First\n\n   Second\n');
    expect(
      markdownOf(paragraph(text('Steps:')), { type: 'orderedList', attrs: { start: 9 }, content: [item('nine'), twoParagraphs] }),
    ).toBe('Steps:\n\n 9. nine\n10. First\n\n    Second\n');
  });

  it("keeps a list inside an Editor's Desk tight, as in the body", () => {
    const desk: PmNodeJson = {
      type: 'editorsDesk',
      attrs: { title: 'Outlook', deskName: '', series: '', publication: '', libraryRef: null },
      content: [{ type: 'bulletList', content: [item('one'), item('two')] }],
    };
    expect(markdownOf(desk)).toContain('\n\n- one\n- two\n\n:::\n');
  });

  it('breaks a line with a backslash, but not at the end of a paragraph; a rule is three dashes', () => {
    const hardBreak: PmNodeJson = { type: 'hardBreak' };
    expect(markdownOf(paragraph(text('Line one'), hardBreak, text('line two')))).toBe('Line one\\\nline two\n');
    expect(markdownOf(paragraph(text('Line one'), hardBreak, hardBreak, text('line three')))).toBe('Line one\\\n\\\nline three\n');
    expect(markdownOf(paragraph(text('Ends here'), hardBreak))).toBe('Ends here\n');
    expect(markdownOf(paragraph(text('Ends here'), hardBreak, hardBreak))).toBe('Ends here\n');
    expect(markdownOf(paragraph(text('Above')), { type: 'horizontalRule' }, paragraph(text('Below')))).toBe('Above\n\n---\n\nBelow\n');
  });

  it('escapes what would become markup: HTML, entities, colons opening a container — and only that', () => {
    expect(markdownOf(paragraph(text('Use <b> here')))).toBe('Use \\<b> here\n');
    expect(markdownOf(paragraph(text('Fish &amp; chips, &#169; and AT&T')))).toBe('Fish \\&amp; chips, \\&#169; and AT&T\n');
    expect(markdownOf(paragraph(text('::: note')))).toBe('\\::: note\n');
    expect(markdownOf(paragraph(text('Ratio 3:1 and a::b, :smile:')))).toBe('Ratio 3:1 and a::b, :smile:\n');
    expect(markdownOf(paragraph(text('*stars* and _under_')))).toBe('\\*stars\\* and \\_under\\_\n');
  });

  it('writes heading levels and nothing at all for an empty body', () => {
    const heading = (level: number, value: string): PmNodeJson => ({ type: 'heading', attrs: { level }, content: [text(value)] });
    expect(markdownOf(heading(2, 'Context'), heading(3, 'Detail'), paragraph(text('Text.')))).toBe('## Context\n\n### Detail\n\nText.\n');
    expect(markdownOf(paragraph())).toBe('');
  });
});
