import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../../../main/services/import/import-file';
import { LibraryStore } from '../../../../../main/services/library/library-store';
import type { Brief } from '../../../../../shared/model/brief';
import { buildDocx } from '../../docx-builder';

const SECRET_PNG = path.resolve(import.meta.dirname, '../../../../fixtures/images/throughput-chart.png');
const INSIDE_JPG = path.resolve(import.meta.dirname, '../../../../fixtures/images/harbour-dusk.jpg');

let work: string;
let store: LibraryStore;
/** A picture outside the imported file's folder: nothing an import does may read it. */
let secret: { path: string; assetId: string };
/** The folder an imported file sits in, with a picture inside it (which may be read). */
let folder: string;
let insideAssetId: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'briefdesk-import-guards-'));
  store = await LibraryStore.open(path.join(work, 'library'), {});
  const bytes = await readFile(SECRET_PNG);
  secret = { path: path.join(work, 'secret.png'), assetId: `${createHash('sha256').update(bytes).digest('hex')}.png` };
  await writeFile(secret.path, bytes);
  folder = path.join(work, 'incoming');
  await mkdir(path.join(folder, 'pics'), { recursive: true });
  const inside = await readFile(INSIDE_JPG);
  insideAssetId = `${createHash('sha256').update(inside).digest('hex')}.jpg`;
  await writeFile(path.join(folder, 'pics', 'inside.jpg'), inside);
});

afterAll(async () => {
  await store.close();
  await rm(work, { recursive: true, force: true });
});

async function importedBrief(bytes: Uint8Array, fileName: string, baseDir?: string): Promise<{ brief: Brief; warnings: string[] }> {
  const report = await importFile(store, bytes, fileName, baseDir === undefined ? {} : { baseDir });
  return { brief: await store.get(report.id), warnings: report.warnings };
}

/** The library images a body names. */
function assetsIn(brief: Brief): string[] {
  return [...JSON.stringify(brief.body).matchAll(/asset:([a-f0-9]{64}\.[a-z]+)/g)].flatMap((match) => (match[1] ? [match[1]] : []));
}

describe('imported files cannot read what is not theirs', () => {
  it('Markdown reads pictures only from inside its own folder, however the path is written', async () => {
    const outside = [
      '../secret.png',
      'pics/../../secret.png',
      '%2e%2e/secret.png',
      '..%2fsecret.png',
      secret.path,
      pathToFileURL(secret.path).href,
      `//localhost${secret.path}`,
    ];
    const markdown = [
      '# Pictures from everywhere',
      '',
      ...outside.map((src, index) => `![outside ${index}](${src})`),
      '',
      '![inside](pics/inside.jpg)',
    ].join('\n');
    const { brief, warnings } = await importedBrief(strToU8(markdown), 'pictures.md', folder);
    // Only the picture inside the folder is taken.
    expect(assetsIn(brief)).toEqual([insideAssetId]);
    expect(JSON.stringify(brief.body)).toContain('outside 0');
    expect(warnings.join(' ')).toMatch(/could not be imported|could not be found|not a picture/);

    // Without the inside picture, nothing of the secret reaches the library.
    const again = await importedBrief(strToU8(outside.map((src) => `![x](${src})`).join('\n\n')), 'only-outside.md', folder);
    expect(assetsIn(again.brief)).toEqual([]);
    expect(await readdir(path.join(work, 'library', 'assets'))).toEqual([insideAssetId]);
  });

  it('an HTML page keeps no picture from a file: URL, a script, a protocol-relative or parent-folder path', async () => {
    const sources = [
      pathToFileURL(secret.path).href,
      'javascript:alert(1)',
      `//evil.example${secret.path}`,
      '../secret.png',
      'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
    ];
    const html = `<!doctype html><title>Sources</title><h1>Sources</h1>${sources.map((src, index) => `<p><img src="${src}" alt="picture ${index}"></p>`).join('')}`;
    const { brief } = await importedBrief(strToU8(html), 'sources.html', folder);
    expect(assetsIn(brief)).toEqual([]);
    // Each picture's description is kept as text.
    for (const index of sources.keys()) expect(JSON.stringify(brief.body)).toContain(`picture ${index}`);
  });

  it('a Word document never reads a file its pictures link to outside the package', async () => {
    const docx = buildDocx([{ style: 'Title', runs: [{ text: 'Linked pictures' }] }, { runs: [{ text: 'Body text.' }] }]);
    const linked = withLinkedPicture(docx, pathToFileURL(secret.path).href);
    const { brief } = await importedBrief(linked, 'linked.docx');
    expect(brief.headline).toBe('Linked pictures');
    expect(assetsIn(brief)).toEqual([]);
    expect(await readdir(path.join(work, 'library', 'assets'))).not.toContain(secret.assetId);
  });
});

describe('files built to exhaust the machine', () => {
  it.each([
    ['just over 1 GB', 2, 600_000_000],
    ['over a terabyte', 300, 4_000_000_000],
  ])('a Word package that claims to unpack to %s is refused before anything is unpacked', async (_label, entries, claimed) => {
    const bomb = zipClaiming(entries, claimed);
    await expect(importFile(store, bomb, 'bomb.docx')).rejects.toMatchObject({
      code: 'too_large',
      message: expect.stringContaining('unpacks to more than 1 GB'),
    });
  });

  it('front matter that multiplies aliases (a "billion laughs") is refused with a clear message, quickly', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 9; level += 1) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const markdown = `---\ntitle: Laughs\n${levels.join('\n')}\ntags: *i\n---\n\nBody.\n`;
    const started = Date.now();
    await expect(importFile(store, strToU8(markdown), 'laughs.md')).rejects.toMatchObject({
      code: 'invalid_input',
      reason: 'The front matter (the YAML between the --- lines) repeats its aliases (*name) too often to be read safely.',
    });
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

/** A .docx whose document shows a picture linked (not embedded) to `target`, as Word writes "link to file". */
function withLinkedPicture(docx: Uint8Array, target: string): Uint8Array {
  const files = unzipSync(docx);
  const document = new TextDecoder().decode(files['word/document.xml']);
  const picture =
    '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/><wp:docPr id="9" name="Linked" descr="linked picture"/>' +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="9" name="linked.png" descr="linked picture"/><pic:cNvPicPr/></pic:nvPicPr>' +
    '<pic:blipFill><a:blip r:link="rIdLinked"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
  files['word/document.xml'] = strToU8(document.replace('</w:body>', `${picture}</w:body>`));
  const rels = new TextDecoder().decode(files['word/_rels/document.xml.rels']);
  files['word/_rels/document.xml.rels'] = strToU8(
    rels.replace(
      '</Relationships>',
      `<Relationship Id="rIdLinked" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${target}" TargetMode="External"/></Relationships>`,
    ),
  );
  return zipSync(files);
}

/**
 * A small zip laid out as a Word package whose central directory claims
 * `entries` files of `claimed` bytes each unpacked — what a zip bomb's
 * directory says — while holding a few bytes.
 */
function zipClaiming(entries: number, claimed: number): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8('<w:document/>'),
  };
  for (let index = 0; Object.keys(files).length < entries; index += 1) files[`word/media/pad-${index}.bin`] = strToU8('x');
  const zip = zipSync(files);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at + 46 <= zip.length; at += 1) {
    // Each central directory header (PK\1\2) gets the claimed uncompressed size.
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, claimed, true);
  }
  return zip;
}
