import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from './fixtures';
import { BriefdeskApi } from './support/briefdesk-api';
import { provoke, watchForPayloads } from './support/payload-watch';

// HTML pasted into the body, as it might come from a hostile page: every
// payload would set window.__pwned or open a dialog if it ever ran.
const HOSTILE_PASTE = [
  '<meta charset="utf-8"><style>p { background: expression(window.__pwned = "css-expression"); }</style>',
  '<p>The ferry timetable changes on Monday.<img src="x" onerror="window.__pwned = \'img-onerror\'"></p>',
  '<script>window.__pwned = "script"</script>',
  '<p>See <a href="javascript:window.__pwned = \'js-link\'">the notice</a>, <a href="vbscript:msgbox(1)">the archive</a>,',
  ' <a href="data:text/html,<script>alert(1)</script>">the data page</a> and <a href="https://example.org/timetable">the timetable</a>.</p>',
  '<svg onload="window.__pwned = \'svg-onload\'"><script>window.__pwned = "svg-script"</script></svg>',
  '<math><mtext><img src=x onerror="window.__pwned = \'mathml\'"></mtext></math>',
  '<iframe srcdoc="<script>parent.__pwned = \'iframe\'</script>"></iframe>',
  '<p onmouseover="window.__pwned = \'hover\'" style="behavior: url(x.htc)">Crossings leave an hour earlier.</p>',
  '<form action="javascript:window.__pwned = \'form\'"><button>Send</button></form>',
].join('');

test.describe('Pasting hostile HTML', () => {
  test('nothing runs in the editor, nothing unsafe is stored, and the exported page runs nothing', async ({
    shell,
    briefdesk,
    page,
    request,
  }) => {
    const headline = 'Ferry timetable changes';
    const app = await watchForPayloads(page);
    await briefdesk.open(shell);
    await briefdesk.createBrief(headline);
    await briefdesk.moveCursorToBodyEnd();
    await briefdesk.pasteHtml(HOSTILE_PASTE, 'The ferry timetable changes on Monday.');

    await expect(briefdesk.body).toContainText('The ferry timetable changes on Monday.');
    await expect(briefdesk.body).toContainText('Crossings leave an hour earlier.');
    await provoke(page, briefdesk.body);
    expect(await app.pwned()).toBeUndefined();
    expect(app.dialogs).toEqual([]);
    // (The blocks' own controls draw icons with aria-hidden SVGs; a pasted one would have none of that.)
    const unsafe =
      'script, svg:not([aria-hidden="true"][focusable="false"]), math, iframe, form, style, [onerror], [onmouseover], [style*="behavior"]';
    expect(await briefdesk.body.locator(unsafe).evaluateAll((found) => found.map((element) => element.outerHTML))).toEqual([]);
    const hrefs = await briefdesk.body.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual(['https://example.org/timetable']);
    await briefdesk.expectSaved();

    const api = new BriefdeskApi(request, shell);
    const { briefs } = await api.call('listBriefs', {});
    const id = briefs.find((row) => row.headline === headline)?.id ?? '';
    const stored = JSON.stringify((await api.call('getBrief', { id })).body);
    for (const unsafe of ['javascript:', 'vbscript:', 'data:text', 'onerror', '<script', 'expression('])
      expect(stored).not.toContain(unsafe);

    const bundle = await api.call('exportBrief', { id, format: 'html' });
    const folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-paste-export-'));
    try {
      const file = path.join(folder, 'page.html');
      await writeFile(file, bundle.files[0]?.content ?? '');
      const exported = await page.context().newPage();
      const watched = await watchForPayloads(exported);
      await exported.goto(pathToFileURL(file).href);
      await expect(exported.getByRole('heading', { level: 1 })).toHaveText(headline);
      await expect(exported.locator('body')).toContainText('Crossings leave an hour earlier.');
      await provoke(exported, exported.locator('body'));
      expect(await watched.pwned()).toBeUndefined();
      expect(watched.dialogs).toEqual([]);
      expect(await watched.cspViolations()).toEqual([]);
      await exported.close();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    // The paste is sanitized where no parser of the page meets its handlers:
    // not one console error, not one Content Security Policy report.
    expect(app.errors).toEqual([]);
    expect(await app.cspViolations()).toEqual([]);
  });
});
