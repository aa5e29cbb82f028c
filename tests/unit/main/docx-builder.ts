import { strToU8, zipSync } from 'fflate';

/** A run of text in a paragraph, with the formatting a Word run carries. */
export interface DocxRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A hyperlink target (any string: Word does not check it). */
  link?: string;
}

/** A table cell: its paragraphs of runs, and how many grid columns it spans. */
export interface DocxCell {
  paragraphs: DocxRun[][];
  span?: number;
}

/** A Word table: rows of cells, the first `headerRows` marked as header rows (repeated on each page, `<w:tblHeader/>`). */
export interface DocxTable {
  headerRows?: number;
  rows: DocxCell[][];
}

/** One paragraph of a test document: text runs, or a picture, in a named style; or a table. */
export type DocxParagraph =
  { style?: DocxStyle; runs: DocxRun[] } | { style?: DocxStyle; image: { png: Uint8Array; alt: string } } | { table: DocxTable };

/** The paragraph styles the builder defines (their ids are the names without spaces). */
export type DocxStyle = 'Title' | 'Subtitle' | 'Heading 1' | 'Heading 2' | 'Caption';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const styleId = (style: DocxStyle): string => style.replace(/ /g, '');

function runXml(run: DocxRun): string {
  const props = `${run.bold ? '<w:b/>' : ''}${run.italic ? '<w:i/>' : ''}`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(run.text)}</w:t></w:r>`;
}

function drawingXml(relId: string, alt: string, index: number): string {
  const size = 'cx="952500" cy="952500"';
  return (
    `<w:r><w:drawing><wp:inline><wp:extent ${size}/><wp:docPr id="${index}" name="Picture ${index}" descr="${escapeXml(alt)}"/>` +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<pic:nvPicPr><pic:cNvPr id="${index}" name="image${index}.png" descr="${escapeXml(alt)}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${relId}"/></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext ${size}/></a:xfrm></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
  );
}

/** A table as Word writes one: grid, rows (header rows marked), cells with their span and paragraphs. */
function tableXml(table: DocxTable, runs: (runs: DocxRun[], cell: number) => string): string {
  const columns = Math.max(...table.rows.map((row) => row.reduce((sum, cell) => sum + (cell.span ?? 1), 0)));
  let cellIndex = 0;
  const rows = table.rows.map((row, rowIndex) => {
    const header = rowIndex < (table.headerRows ?? 0) ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
    const cells = row.map((cell) => {
      const span = cell.span && cell.span > 1 ? `<w:tcPr><w:gridSpan w:val="${cell.span}"/></w:tcPr>` : '';
      const content = cell.paragraphs.map((paragraph) => `<w:p>${runs(paragraph, cellIndex++)}</w:p>`).join('') || '<w:p/>';
      return `<w:tc>${span}${content}</w:tc>`;
    });
    return `<w:tr>${header}${cells.join('')}</w:tr>`;
  });
  const grid = '<w:gridCol w:w="2000"/>'.repeat(columns);
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/**
 * A minimal, valid Word document (.docx) — [Content_Types].xml, _rels/.rels,
 * word/document.xml, word/styles.xml (Title, Subtitle, Heading 1/2,
 * Caption), word/_rels/document.xml.rels for hyperlinks and pictures, and
 * the pictures in word/media — zipped with fflate. Tables as Word writes
 * them (`w:tbl`, header rows, spans).
 */
export function buildDocx(paragraphs: DocxParagraph[]): Uint8Array {
  const rels: string[] = [`<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`];
  const media: Record<string, Uint8Array> = {};
  const runsXml = (runs: DocxRun[], index: number): string =>
    runs
      .map((run, runIndex) => {
        if (run.link === undefined) return runXml(run);
        const relId = `rIdLink${index}x${runIndex}`;
        rels.push(`<Relationship Id="${relId}" Type="${REL}/hyperlink" Target="${escapeXml(run.link)}" TargetMode="External"/>`);
        return `<w:hyperlink r:id="${relId}">${runXml(run)}</w:hyperlink>`;
      })
      .join('');
  const body = paragraphs.map((paragraph, index) => {
    if ('table' in paragraph) return tableXml(paragraph.table, (runs, cell) => runsXml(runs, index * 1000 + cell));
    const props = paragraph.style ? `<w:pPr><w:pStyle w:val="${styleId(paragraph.style)}"/></w:pPr>` : '';
    if ('image' in paragraph) {
      const relId = `rIdImage${index}`;
      media[`word/media/image${index}.png`] = paragraph.image.png;
      rels.push(`<Relationship Id="${relId}" Type="${REL}/image" Target="media/image${index}.png"/>`);
      return `<w:p>${props}${drawingXml(relId, paragraph.image.alt, index + 1)}</w:p>`;
    }
    return `<w:p>${props}${runsXml(paragraph.runs, index)}</w:p>`;
  });
  const styles = (['Title', 'Subtitle', 'Heading 1', 'Heading 2', 'Caption'] as const)
    .map((name) => `<w:style w:type="paragraph" w:styleId="${styleId(name)}"><w:name w:val="${name}"/></w:style>`)
    .join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}" ` +
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">' +
        `<w:body>${body.join('')}</w:body></w:document>`,
    ),
    'word/styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">${styles}</w:styles>`),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    ),
    ...media,
  };
  return zipSync(files);
}

/** A zip package that is not a Word document: a text file and some noise. */
export function buildJunkZip(): Uint8Array {
  return zipSync({ 'notes.txt': strToU8('shopping list'), 'data.bin': new Uint8Array([1, 2, 3, 250, 251]) });
}
