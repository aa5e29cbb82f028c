import {
  Bookmark,
  Document,
  EndnoteReferenceRun,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import type { CorpusDocument } from './document';
import { codeSample, type Prose } from './prose';

const LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/**
 * A report as Word writes one (made with the `docx` package, not with
 * Briefdesk): headings 1–6, footnotes and endnotes (some with a link),
 * paragraphs in a code style, nested lists, web links and a link to a
 * bookmark inside the document.
 */
export async function wordDocument(prose: Prose, index: number): Promise<CorpusDocument> {
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const endnotes: Record<number, { children: Paragraph[] }> = {};
  let footnoteCount = 0;
  let endnoteCount = 0;
  const footnote = (): FootnoteReferenceRun => {
    footnoteCount += 1;
    const link = footnoteCount % 3 === 0;
    footnotes[footnoteCount] = {
      children: [
        new Paragraph({
          children: [
            new TextRun(`${prose.sentence()} `),
            ...(link
              ? [new ExternalHyperlink({ link: `https://archive.example.org/${prose.slug()}`, children: [new TextRun('The archive')] })]
              : []),
          ],
        }),
      ],
    };
    return new FootnoteReferenceRun(footnoteCount);
  };
  const endnote = (): EndnoteReferenceRun => {
    endnoteCount += 1;
    endnotes[endnoteCount] = { children: [new Paragraph(prose.sentence())] };
    return new EndnoteReferenceRun(endnoteCount);
  };
  const bookmark = `section_${index}`;
  const children: Paragraph[] = [new Paragraph({ text: prose.title(), heading: HeadingLevel.HEADING_1 })];
  children.push(new Paragraph({ children: [new TextRun(prose.paragraph()), footnote()] }));
  const sections = prose.int(2, 4);
  for (let section = 0; section < sections; section += 1) {
    const headingText = prose.title(4);
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        children: section === 0 ? [new Bookmark({ id: bookmark, children: [new TextRun(headingText)] })] : [new TextRun(headingText)],
      }),
    );
    children.push(
      new Paragraph({
        children: [
          new TextRun(`${prose.sentence()} `),
          new ExternalHyperlink({ link: `https://www.example.org/${prose.slug()}`, children: [new TextRun(`the ${prose.word()} study`)] }),
          new TextRun(` ${prose.sentence()}`),
          footnote(),
          new TextRun(` ${prose.sentence()}`),
          endnote(),
        ],
      }),
    );
    if (section > 0) {
      children.push(
        new Paragraph({
          children: [
            new TextRun(`${prose.sentence()} As `),
            new InternalHyperlink({ anchor: bookmark, children: [new TextRun('the first part')] }),
            new TextRun(' shows.'),
          ],
        }),
      );
    }
    if (section % 2 === 0) {
      const code = codeSample(prose);
      for (const line of code.text.split('\n')) children.push(new Paragraph({ style: 'SourceCode', children: [new TextRun(line)] }));
    }
    children.push(new Paragraph({ text: prose.sentence(), bullet: { level: 0 } }));
    children.push(new Paragraph({ text: prose.sentence(), bullet: { level: 1 } }));
    children.push(new Paragraph({ text: prose.sentence(), bullet: { level: 0 } }));
    const depth = prose.int(3, 6);
    for (let level = 3; level <= depth; level += 1) {
      children.push(new Paragraph({ text: prose.title(3), heading: LEVELS[level - 1] }));
      children.push(new Paragraph(prose.paragraph()));
    }
  }
  const document = new Document({
    styles: { paragraphStyles: [{ id: 'SourceCode', name: 'Source Code', basedOn: 'Normal', run: { font: 'Courier New' } }] },
    footnotes,
    endnotes,
    sections: [{ children }],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(document));
  return {
    name: `report-${index + 1}.docx`,
    format: 'docx',
    bytes,
    reference: { bytes, from: 'docx' },
    baseUrl: null,
    notes: footnoteCount + endnoteCount,
    chrome: [],
  };
}
