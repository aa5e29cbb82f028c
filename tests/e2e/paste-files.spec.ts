import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRequestContext, Locator } from '@playwright/test';
import type { BodyDoc, PmNodeJson } from '../../shared/model/brief';
import { test, expect } from './fixtures';
import type { BriefdeskPage } from './pages/briefdesk-page';
import { BriefdeskApi } from './support/briefdesk-api';
import { PNG_4X3_BASE64 } from './support/test-images';
import type { WebShell } from './web-shell';

/** A file to put on the clipboard or drag: its name, type and bytes (base64), or a size of zero bytes to make in the page. */
interface ClipFile {
  name: string;
  type: string;
  base64?: string;
  /** Zero bytes of this length instead of `base64` (a file too large to send from the test). */
  size?: number;
}

/** What a clipboard holds: files, and the text an app puts beside them. */
interface Clip {
  files: ClipFile[];
  html?: string;
  plainText?: string;
}

/** Dispatches a real `paste` ClipboardEvent (or a `drop` DragEvent at the element's centre) whose DataTransfer carries File objects. */
async function transfer(target: Locator, clip: Clip, kind: 'paste' | 'drop'): Promise<void> {
  await target.evaluate(
    (element, data) => {
      const transfer = new DataTransfer();
      for (const file of data.clip.files) {
        const bytes = file.base64 ? Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0)) : new Uint8Array(file.size ?? 0);
        transfer.items.add(new File([bytes], file.name, { type: file.type }));
      }
      if (data.clip.html !== undefined) transfer.setData('text/html', data.clip.html);
      if (data.clip.plainText !== undefined) transfer.setData('text/plain', data.clip.plainText);
      if (data.kind === 'paste') {
        element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
        return;
      }
      const box = element.getBoundingClientRect();
      const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height - 8, bubbles: true, cancelable: true };
      element.dispatchEvent(new DragEvent('dragover', { ...at, dataTransfer: transfer }));
      element.dispatchEvent(new DragEvent('drop', { ...at, dataTransfer: transfer }));
    },
    { clip, kind },
  );
}

/** The image nodes of a stored body, depth first. */
function imagesOf(body: BodyDoc): PmNodeJson[] {
  const found: PmNodeJson[] = [];
  const visit = (node: PmNodeJson): void => {
    if (node.type === 'image') found.push(node);
    node.content?.forEach(visit);
  };
  (body.content ?? []).forEach(visit);
  return found;
}

/** A new brief with a typed paragraph, the caret at its end; its id and its body as saved. */
async function briefWithText(briefdesk: BriefdeskPage, shell: WebShell, request: APIRequestContext, headline: string) {
  const api = new BriefdeskApi(request, shell);
  await briefdesk.open(shell);
  await briefdesk.createBrief(headline);
  await briefdesk.focusBodyEnd();
  await briefdesk.typeInBody('The harbour at dawn.');
  await briefdesk.expectSaved();
  const { briefs } = await api.call('listBriefs', {});
  const id = briefs.find((row) => row.headline === headline)?.id ?? '';
  const before = (await api.call('getBrief', { id })).body;
  return { api, id, before };
}

const PNG_SHA256 = createHash('sha256').update(Buffer.from(PNG_4X3_BASE64, 'base64')).digest('hex');

test.describe('Pasting and dropping image files', () => {
  test('a screenshot on the clipboard becomes an image stored as an asset, with the alt text prompt, undone in one step', async ({
    shell,
    briefdesk,
    request,
    dataDir,
  }) => {
    const { api, id, before } = await briefWithText(briefdesk, shell, request, 'Screenshot pasted');
    await transfer(briefdesk.body, { files: [{ name: 'image.png', type: 'image/png', base64: PNG_4X3_BASE64 }] }, 'paste');

    await expect(briefdesk.body.locator('img')).toHaveCount(1);
    const notice = briefdesk.page.getByRole('alert').filter({ hasText: 'alt text' });
    await expect(notice).toContainText('1 pasted image has no alt text.');
    await expect(notice.getByRole('button', { name: 'Add alt text' })).toBeVisible();
    await briefdesk.expectSaved();
    const body = (await api.call('getBrief', { id })).body;
    const images = imagesOf(body);
    expect(images.map((image) => image.attrs?.src)).toEqual([`asset:${PNG_SHA256}.png`]);
    expect(await readFile(path.join(dataDir, 'assets', `${PNG_SHA256}.png`))).toEqual(Buffer.from(PNG_4X3_BASE64, 'base64'));
    expect(JSON.stringify(body)).toContain('The harbour at dawn.');

    await briefdesk.pressInBody('Control+z');
    await expect(briefdesk.body.locator('img')).toHaveCount(0);
    await expect(briefdesk.body).toContainText('The harbour at dawn.');
    await briefdesk.expectSaved();
    await expect.poll(async () => (await api.call('getBrief', { id })).body).toEqual(before);
  });

  test('files copied in a file manager: the image comes in, a document and an oversized image are refused by name', async ({
    shell,
    briefdesk,
    request,
  }) => {
    const { api, id } = await briefWithText(briefdesk, shell, request, 'Files pasted');
    await transfer(
      briefdesk.body,
      {
        files: [
          { name: 'quay.png', type: 'image/png', base64: PNG_4X3_BASE64 },
          { name: 'minutes.pdf', type: 'application/pdf', base64: 'JVBERi0xLjQK' },
          { name: 'scan.png', type: 'image/png', size: 26 * 1024 * 1024 },
        ],
        // What a file manager or browser puts beside copied files: their names, an <img> of a local path it cannot read.
        html: '<meta charset="utf-8"><img src="file:///home/analyst/Pictures/quay.png">',
        plainText: 'quay.png\nminutes.pdf\nscan.png',
      },
      'paste',
    );

    const notice = briefdesk.page.getByRole('alert').filter({ hasText: 'minutes.pdf' });
    await expect(notice).toContainText('“minutes.pdf” is not a PNG, JPEG, GIF, WebP or AVIF image.');
    await expect(notice).toContainText('“scan.png” is 26 MB; images can be at most 25 MB.');
    await expect(notice).toContainText('1 pasted image has no alt text.');
    await expect(briefdesk.body.locator('img')).toHaveCount(1);
    await briefdesk.expectSaved();
    expect(imagesOf((await api.call('getBrief', { id })).body).map((image) => image.attrs?.src)).toEqual([`asset:${PNG_SHA256}.png`]);
    // The file names the file manager put beside the files are not pasted as text.
    await expect(briefdesk.body).not.toContainText('minutes.pdf');
  });

  test('an image file dropped on the body is stored as an asset like a pasted one', async ({ shell, briefdesk, request }) => {
    const { api, id } = await briefWithText(briefdesk, shell, request, 'Image dropped');
    await transfer(briefdesk.body, { files: [{ name: 'chart.png', type: 'image/png', base64: PNG_4X3_BASE64 }] }, 'drop');
    await expect(briefdesk.body.locator('img')).toHaveCount(1);
    await briefdesk.expectSaved();
    expect(imagesOf((await api.call('getBrief', { id })).body).map((image) => image.attrs?.src)).toEqual([`asset:${PNG_SHA256}.png`]);
  });
});
