import { test, expect } from './fixtures';

// A cut, copy or paste handled before the editor has read the browser's caret move
// (the `selectionchange` event comes later on a busy machine) acts on what the browser shows.

test('a cut right after the selection moved, before the editor heard of it, cuts what is selected', async ({ shell, briefdesk, page }) => {
  await briefdesk.open(shell);
  await briefdesk.createBrief('Clipboard and caret');
  const body = briefdesk.body;
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Keep this line.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Cut this line.');
  await expect(body.locator('p', { hasText: 'Cut this line.' })).toBeVisible();

  // The selection is moved and the cut dispatched in one task: no selectionchange can come between.
  const cut = await page.evaluate(() => {
    const paragraph = Array.from(document.querySelectorAll('.ProseMirror p')).find((p) => p.textContent === 'Cut this line.');
    const text = paragraph?.firstChild;
    if (!paragraph || !text) return 'no paragraph';
    document.getSelection()?.setBaseAndExtent(text, 0, text, 'Cut this line.'.length);
    const data = new DataTransfer();
    paragraph.dispatchEvent(new ClipboardEvent('cut', { clipboardData: data, bubbles: true, cancelable: true }));
    return data.getData('text/plain');
  });
  expect(cut).toBe('Cut this line.');
  await expect(body.locator('p', { hasText: 'Cut this line.' })).toHaveCount(0);
  await expect(body.locator('p', { hasText: 'Keep this line.' })).toHaveCount(1);

  // A paste dispatched the same way goes where the browser's caret is: the start of the kept line.
  await page.evaluate(() => {
    const paragraph = Array.from(document.querySelectorAll('.ProseMirror p')).find((p) => p.textContent === 'Keep this line.');
    const text = paragraph?.firstChild;
    if (!paragraph || !text) return;
    document.getSelection()?.collapse(text, 0);
    const data = new DataTransfer();
    data.setData('text/plain', 'Pasted first. ');
    data.setData('text/html', '<p>Pasted first. </p>');
    paragraph.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(body.locator('p', { hasText: 'Keep this line.' })).toHaveText(/^Pasted first\.\s?Keep this line\.$/);
  await briefdesk.expectSaved();
});
