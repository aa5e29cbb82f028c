import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, EndnoteReferenceRun, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../../../main/services/import/import-file';
import { LibraryStore } from '../../../../../main/services/library/library-store';
import { footnotesIn, footnoteText } from '../../../../../shared/editor/nodes/footnote';
import type { PmNodeJson } from '../../../../../shared/model/brief';

// A Word document as another program writes it (the docx package, not
// Briefdesk): footnotes and endnotes, a code style, headings 1 to 6.

let work: string;
let store: LibraryStore;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'briefdesk-import-docx-notes-'));
  store = await LibraryStore.open(path.join(work, 'library'));
});

afterAll(async () => {
  await store.close();
  await rm(work, { recursive: true, force: true });
});

const CODE = ['services:', '  web:', '    image: "nginx:1.27"', '    ports:', '      - "8080:80"'];

async function wordDocument(): Promise<Uint8Array> {
  const document = new Document({
    styles: {
      paragraphStyles: [{ id: 'SourceCode', name: 'Source Code', basedOn: 'Normal', run: { font: 'Courier New' } }],
    },
    footnotes: {
      1: { children: [new Paragraph('Port authority filings, 2025.')] },
      2: {
        children: [
          new Paragraph({ children: [new TextRun('Interview with the '), new TextRun({ text: 'harbour master', italics: true })] }),
        ],
      },
    },
    endnotes: {
      1: { children: [new Paragraph('Methodology appendix.')] },
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Shore power in practice', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('Connections tripled'), new FootnoteReferenceRun(1), new TextRun(' in two years.')] }),
          new Paragraph({ text: 'What operators say', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new TextRun('Queues are long'),
              new FootnoteReferenceRun(2),
              new TextRun(', and getting longer'),
              new EndnoteReferenceRun(1),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ text: 'Level three', heading: HeadingLevel.HEADING_3 }),
          new Paragraph({ text: 'Level four', heading: HeadingLevel.HEADING_4 }),
          new Paragraph({ text: 'Level five', heading: HeadingLevel.HEADING_5 }),
          new Paragraph({ text: 'Level six', heading: HeadingLevel.HEADING_6 }),
          new Paragraph('The configuration, as deployed:'),
          ...CODE.map((line) => new Paragraph({ style: 'SourceCode', children: [new TextRun(line)] })),
          new Paragraph('After the code.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const nodesOf = (node: PmNodeJson, type: string): PmNodeJson[] =>
  node.type === type ? [node] : (node.content ?? []).flatMap((child) => nodesOf(child, type));

describe('a Word document with notes, code and six heading levels', () => {
  it('brings footnotes and endnotes in as footnotes, where their references stood, with no marker left in the text', async () => {
    const report = await importFile(store, await wordDocument(), 'shore-power.docx');
    const brief = await store.get(report.id);
    const notes = footnotesIn(brief.body);
    expect(notes.map(footnoteText)).toEqual([
      'Port authority filings, 2025.',
      'Interview with the harbour master',
      'Methodology appendix.',
    ]);
    expect(notes[1]?.content?.find((child) => child.text === 'harbour master')?.marks).toEqual([{ type: 'italic' }]);
    const paragraphs = nodesOf(brief.body, 'paragraph').map((paragraph) =>
      (paragraph.content ?? []).map((child) => child.text ?? `[${child.type}]`).join(''),
    );
    expect(paragraphs).toContain('Connections tripled[footnote] in two years.');
    expect(paragraphs).toContain('Queues are long[footnote], and getting longer[footnote].');
    const allText = JSON.stringify(brief.body);
    expect(allText).not.toMatch(/\[\d+\]|↑/);
  });

  it('keeps the code style as one code block, spaces and lines exact, and heading levels at their distance', async () => {
    const report = await importFile(store, await wordDocument(), 'shore-power-code.docx');
    const brief = await store.get(report.id);
    const code = nodesOf(brief.body, 'codeBlock');
    expect(code.map((block) => (block.content ?? []).map((child) => child.text).join(''))).toEqual([CODE.join('\n')]);
    expect(brief.headline).toBe('Shore power in practice');
    const headings = nodesOf(brief.body, 'heading').map((heading) => [
      heading.attrs?.level,
      (heading.content ?? []).map((child) => child.text).join(''),
    ]);
    expect(headings).toEqual([
      [2, 'What operators say'],
      [3, 'Level three'],
      [4, 'Level four'],
      [5, 'Level five'],
      [6, 'Level six'],
    ]);
  });
});
