import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import type { BodyDoc, PmNodeJson } from '../../shared/model/brief';
import { test, expect } from './fixtures';
import type { BriefdeskPage } from './pages/briefdesk-page';
import { BriefdeskApi } from './support/briefdesk-api';
import { nodeText } from './support/body-nodes';
import type { WebShell } from './web-shell';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'paste');

/** The body without the template's blocks (a new brief starts with Key Takeaways and an Editor's Desk): what the paste added. */
function pastedPart(body: BodyDoc): BodyDoc {
  return { ...body, content: (body.content ?? []).filter((node) => node.type !== 'keyTakeaways' && node.type !== 'editorsDesk') };
}

/** Every node of a stored body, depth first. */
function allNodes(body: BodyDoc): PmNodeJson[] {
  const found: PmNodeJson[] = [];
  const visit = (node: PmNodeJson): void => {
    found.push(node);
    node.content?.forEach(visit);
  };
  (body.content ?? []).forEach(visit);
  return found;
}

const ofType = (body: BodyDoc, type: string): PmNodeJson[] => allNodes(body).filter((node) => node.type === type);
const paragraphs = (body: BodyDoc): string[] => ofType(body, 'paragraph').map(nodeText);
const headings = (body: BodyDoc): { level: unknown; text: string }[] =>
  ofType(body, 'heading').map((node) => ({ level: node.attrs?.level, text: nodeText(node) }));
/** The text of every text node carrying mark `mark`. */
const marked = (body: BodyDoc, mark: string): string[] =>
  allNodes(body)
    .filter((node) => node.marks?.some((candidate) => candidate.type === mark))
    .map((node) => node.text ?? '');

/** Console messages and page errors that mention the Content Security Policy. */
function watchConsole(page: Page): { csp: string[]; errors: string[] } {
  const seen = { csp: [] as string[], errors: [] as string[] };
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) seen.csp.push(message.text());
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  return seen;
}

interface Pasted {
  body: BodyDoc;
  before: BodyDoc;
  api: BriefdeskApi;
  id: string;
  lastText: string;
  /** Console messages during the test. */
  seen: { csp: string[]; errors: string[] };
}

/** A new brief, the fixture pasted into its empty body as another app would put it on the clipboard; the saved body. */
async function pasteFixture(
  briefdesk: BriefdeskPage,
  shell: WebShell,
  request: APIRequestContext,
  file: string,
  headline: string,
  lastText: string,
): Promise<Pasted> {
  const seen = watchConsole(briefdesk.page);
  const api = new BriefdeskApi(request, shell);
  await briefdesk.open(shell);
  await briefdesk.createBrief(headline);
  const { briefs } = await api.call('listBriefs', {});
  const id = briefs.find((row) => row.headline === headline)?.id ?? '';
  const before = (await api.call('getBrief', { id })).body;
  await briefdesk.moveCursorToBodyEnd();
  const html = await readFile(path.join(FIXTURES, file), 'utf8');
  await briefdesk.pasteHtml(html, html.replace(/<[^>]*>/g, ' '));
  await expect(briefdesk.page.getByText(/^Bringing in/)).toHaveCount(0);
  await expect(briefdesk.body).toContainText(lastText);
  await briefdesk.expectSaved();
  return { body: pastedPart((await api.call('getBrief', { id })).body), before, api, id, lastText, seen };
}

/** One Ctrl+Z after the paste gives back the body as it was before it. */
async function expectOneUndoRestores(briefdesk: BriefdeskPage, pasted: Pasted): Promise<void> {
  await briefdesk.pressInBody('Control+z');
  await expect(briefdesk.body.locator('img')).toHaveCount(0);
  await expect(briefdesk.body).not.toContainText(pasted.lastText);
  await briefdesk.expectSaved();
  await expect.poll(async () => (await pasted.api.call('getBrief', { id: pasted.id })).body).toEqual(pasted.before);
}

/** No image node without its picture; no paragraph cut around an image (text starting or ending with a space). */
function expectNoDamage(body: BodyDoc): void {
  for (const image of ofType(body, 'image')) expect(image.attrs?.src).toMatch(/^asset:[a-f0-9]{64}\.png$/);
  for (const text of paragraphs(body)) expect(text, `paragraph "${text}"`).toBe(text.trim());
  expect(paragraphs(body).filter((text) => text === '')).toEqual([]);
}

test.describe('Pasting from web pages, Word and Google Docs', () => {
  test('a web page: structure kept, its embedded images stored, web images dropped with one notice, nothing runs', async ({
    shell,
    briefdesk,
    page,
    request,
    dataDir,
  }) => {
    const pasted = await pasteFixture(briefdesk, shell, request, 'web-page.html', 'Port report', 'Last paragraph of the pasted report.');
    const { body, seen } = pasted;

    expect(headings(body)).toEqual([
      { level: 2, text: 'Rotterdam throughput report' },
      { level: 3, text: 'Volumes by terminal' },
      { level: 4, text: 'Outlook' },
    ]);
    const images = ofType(body, 'image');
    expect(images).toHaveLength(3);
    expect(images.map((image) => image.attrs?.alt)).toEqual(['Red throughput bar', 'Green sparkline', '']);
    for (const image of images) {
      const id = String(image.attrs?.src).slice('asset:'.length);
      expect((await stat(path.join(dataDir, 'assets', id))).size).toBeGreaterThan(0);
    }
    expectNoDamage(body);
    const texts = paragraphs(body);
    expect(texts).toContain('Container volumes rose for the third quarter in a row.');
    expect(texts).toContain('Paragraph one of the pasted report, with bold words and italic ones.');
    expect(texts).toContain('Paragraph two of the pasted report with some filler after the picture.');
    expect(texts).toContain('Last paragraph of the pasted report.');
    // Table cells stay apart (as cells of a table, or as paragraphs where the body has no tables).
    expect(texts).toEqual(expect.arrayContaining(['Terminal', 'TEU', 'cell A', 'cell B', 'Maasvlakte', '4.1 million']));
    expect(JSON.stringify(body)).not.toContain('cell Acell B');
    expect(marked(body, 'bold')).toEqual(['bold words']);
    expect(marked(body, 'italic')).toEqual(['italic ones']);
    expect(ofType(body, 'bulletList')).toHaveLength(1);
    expect(ofType(body, 'blockquote').map(nodeText)).toEqual(['Capacity is the constraint, not demand.']);
    const twoLines = ofType(body, 'paragraph').find((node) => nodeText(node).startsWith('First line'));
    expect(twoLines?.content?.map((node) => node.type)).toEqual(['text', 'hardBreak', 'text']);
    const links = allNodes(body).flatMap((node) => node.marks?.filter((mark) => mark.type === 'link') ?? []);
    expect(links.map((link) => link.attrs?.href)).toEqual(['https://example.org/terminals']);
    expect(JSON.stringify(body)).not.toMatch(/javascript:|vbscript:|onerror|onclick|Home|iframe|background/i);

    const notice = briefdesk.page.getByRole('alert').filter({ hasText: 'could not be brought in' });
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText('17 images could not be brought in: they are on the web.');
    expect(await page.evaluate(() => Reflect.get(window, '__pwned'))).toBeUndefined();
    expect(seen.csp).toEqual([]);
    expect(seen.errors).toEqual([]);

    await expectOneUndoRestores(briefdesk, pasted);

    // Redone, the image that came without alt text gets it through the notice's button.
    await briefdesk.pressInBody('Control+Shift+z');
    await expect(briefdesk.body.locator('img')).toHaveCount(3);
    await expect(notice).toContainText('1 pasted image has no alt text.');
    await notice.getByRole('button', { name: 'Add alt text' }).click();
    const altDialog = page.getByRole('dialog', { name: 'Image alt text' });
    await altDialog.getByRole('textbox', { name: 'Image alt text' }).fill('Blue bar, second half');
    await altDialog.getByRole('button', { name: 'Save' }).click();
    await expect(altDialog).toBeHidden();
    await expect(notice).not.toContainText('alt text');
    await briefdesk.expectSaved();
    const described = pastedPart((await pasted.api.call('getBrief', { id: pasted.id })).body);
    expect(ofType(described, 'image').map((image) => image.attrs?.alt)).toEqual([
      'Red throughput bar',
      'Green sparkline',
      'Blue bar, second half',
    ]);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  });

  test('Word: title and headings, real nested lists without markers, quote, bold only where bold, its file image reported', async ({
    shell,
    briefdesk,
    request,
  }) => {
    const pasted = await pasteFixture(briefdesk, shell, request, 'word.html', 'Grain corridor', 'Map of the corridor.');
    const { body, seen } = pasted;

    expect(headings(body)).toEqual([
      { level: 2, text: 'Grain corridor outlook' },
      { level: 2, text: 'Shipping through the strait' },
      { level: 3, text: 'What to watch' },
    ]);
    const [bullets, nested] = ofType(body, 'bulletList');
    expect(bullets?.content?.map((item) => nodeText(item.content?.[0] ?? { type: 'paragraph' }))).toEqual([
      'Premiums up 40 %',
      'Fewer sailings',
    ]);
    expect(nested?.content?.map(nodeText)).toEqual(['War-risk cover only']);
    expect(ofType(body, 'orderedList').map((list) => list.content?.map(nodeText))).toEqual([['The ceasefire talks', 'Harvest estimates']]);
    expect(ofType(body, 'blockquote').map(nodeText)).toEqual(['“The corridor is open, but nobody wants to be first.”']);
    expect(marked(body, 'bold')).toEqual(['twice']);
    expect(marked(body, 'italic')).toEqual(['October']);
    const texts = paragraphs(body);
    expect(texts).toContain('Insurers raised premiums twice in October, and brokers expect a third rise.');
    expect(texts).toContain('Map of the corridor.');
    expect(texts.join(' ')).not.toMatch(/[·§]|^o /);
    const withBreak = ofType(body, 'paragraph').find((node) => nodeText(node).startsWith('See the corridor tracker'));
    expect(withBreak?.content?.some((node) => node.type === 'hardBreak')).toBe(true);
    expect(ofType(body, 'image')).toEqual([]);
    expectNoDamage(body);
    await expect(briefdesk.page.getByRole('alert').filter({ hasText: 'could not be brought in' })).toHaveText(
      /1 image could not be brought in: Briefdesk cannot read its file\./,
    );
    expect(seen.csp).toEqual([]);
    await expectOneUndoRestores(briefdesk, pasted);
  });

  test('Google Docs: no bold from its wrapper, bold and italic from its spans, nested list, table cells apart', async ({
    shell,
    briefdesk,
    request,
  }) => {
    const pasted = await pasteFixture(briefdesk, shell, request, 'google-docs.html', 'Fertiliser', 'the chart.');
    const { body, seen } = pasted;

    expect(headings(body)).toEqual([
      { level: 2, text: 'Fertiliser prices in the Sahel' },
      { level: 3, text: 'Drivers' },
    ]);
    expect(marked(body, 'bold')).toEqual(['doubled', 'Country', 'Urea, $/t']);
    expect(marked(body, 'italic')).toEqual(['per the ministry']);
    expect(marked(body, 'underline')).toEqual([]);
    const [outer, inner] = ofType(body, 'bulletList');
    expect(outer?.content).toHaveLength(2);
    expect(inner?.content?.map(nodeText)).toEqual(['TTF above 40 €/MWh']);
    const texts = paragraphs(body);
    expect(texts).toContain('Urea costs doubled since March, per the ministry.');
    expect(texts).toEqual(expect.arrayContaining(['Country', 'Urea, $/t', 'Mali', '820']));
    expect(texts).toContain('Ministry bulletin and the chart.');
    expectNoDamage(body);
    await expect(briefdesk.page.getByRole('alert').filter({ hasText: 'could not be brought in' })).toHaveText(
      /1 image could not be brought in: it is on the web\./,
    );
    expect(seen.csp).toEqual([]);
    await expectOneUndoRestores(briefdesk, pasted);
  });

  test('Ctrl+Shift+V pastes plain text: paragraphs from blank lines, line breaks kept, no formatting', async ({
    shell,
    briefdesk,
    page,
    request,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const api = new BriefdeskApi(request, shell);
    await briefdesk.open(shell);
    await briefdesk.createBrief('Plain');
    await briefdesk.moveCursorToBodyEnd();
    await page.evaluate(() =>
      navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob(['<h1>Title</h1><p><b>Bold</b> words</p>'], { type: 'text/html' }),
          'text/plain': new Blob(['Title\n\nBold words\nsecond line\n\n\nLast'], { type: 'text/plain' }),
        }),
      ]),
    );
    await briefdesk.pressInBody('Control+Shift+V');
    await expect(briefdesk.body).toContainText('Last');
    await briefdesk.expectSaved();
    const { briefs } = await api.call('listBriefs', {});
    const body = (await api.call('getBrief', { id: briefs.find((row) => row.headline === 'Plain')?.id ?? '' })).body;
    const pastedBlocks = pastedPart(body).content ?? [];
    expect(pastedBlocks.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(pastedBlocks.map(nodeText)).toEqual(['Title', 'Bold wordssecond line', 'Last']);
    expect(ofType(body, 'hardBreak')).toHaveLength(1);
    expect(marked(body, 'bold')).toEqual([]);
  });
});
