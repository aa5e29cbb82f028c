import type { Browser } from 'playwright-core';
import { briefList, openLibraryPage } from './open-bench';
import { startShell } from './shell-process';
import { spread, type Spread } from './stats';

/** A paste of many paragraphs into a brief's body, timed in the page. */
export interface PasteTimings {
  /** The paste event dispatched → the task after the next frame (the pasted text on screen). */
  timings: Spread;
  /** Paragraphs the body gained from one paste. */
  paragraphs: number;
  /** Ctrl+Z presses that took the body back to what it was before the paste (the same for every sample). */
  undoSteps: number;
}

declare global {
  interface Window {
    __benchPaste?: (html: string, text: string) => Promise<number>;
  }
}

/**
 * The report of the issue that asked for a clean paste: `count` paragraphs
 * from a web page, each with a web image (dropped), an event handler and
 * some bold text, under a few headings.
 */
export function reportHtml(count: number): string {
  const parts: string[] = ['<h1>Pasted report</h1>'];
  for (let index = 1; index <= count; index += 1) {
    if (index % 100 === 1) parts.push(`<h2>Part ${Math.ceil(index / 100)}</h2>`);
    parts.push(
      `<p>Paragraph ${index} of the pasted report<img src="https://example.org/pixel-${index}.png" onerror="window.__pwned = ${index}"> with some <b>filler</b> text.</p>`,
    );
  }
  return parts.join('');
}

/**
 * Open the first brief of `dataDir` in the browser shell, put the caret at
 * the end of its body and paste `count` paragraphs `samples` times (a
 * ClipboardEvent holding text/html and text/plain, as a copy from a browser
 * gives); after each, Ctrl+Z until the body is as before, counting the presses.
 */
export async function benchPaste(browser: Browser, root: string, dataDir: string, count: number, samples: number): Promise<PasteTimings> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const shell = await startShell(root, dataDir);
  try {
    await openLibraryPage(page, shell);
    await briefList(page).getByRole('listitem').first().getByRole('button').first().click();
    const body = page.getByRole('textbox', { name: 'Body', exact: true });
    await body.waitFor({ state: 'visible', timeout: 60_000 });
    await body.focus();
    await page.keyboard.press('Control+End');
    await page.evaluate(() => {
      window.__benchPaste = (html, text) => {
        const target = document.querySelector('[role="textbox"][aria-label="Body"]');
        const clipboard = new DataTransfer();
        clipboard.setData('text/html', html);
        clipboard.setData('text/plain', text);
        const start = performance.now();
        target?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
        return new Promise((resolve) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - start);
            channel.port2.postMessage(null);
          }),
        );
      };
    });
    const html = reportHtml(count);
    const text = html.replace(/<[^>]*>/g, ' ');
    const paragraphCount = () => body.evaluate((element) => element.querySelectorAll(':scope > p').length);
    const before = await paragraphCount();
    const timings: number[] = [];
    let paragraphs = 0;
    let undoSteps = 0;
    for (let sample = 0; sample < samples; sample += 1) {
      timings.push(await page.evaluate(({ html: markup, text: plain }) => window.__benchPaste?.(markup, plain) ?? -1, { html, text }));
      paragraphs = (await paragraphCount()) - before;
      undoSteps = 0;
      while ((await paragraphCount()) !== before && undoSteps < 20) {
        await page.keyboard.press('Control+z');
        undoSteps += 1;
      }
    }
    return { timings: spread(timings), paragraphs, undoSteps };
  } finally {
    await context.close();
    await shell.stop();
  }
}
