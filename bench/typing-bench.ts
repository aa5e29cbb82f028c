import type { Browser, Page } from 'playwright-core';
import { briefList, openLibraryPage } from './open-bench';
import { prng } from './prng';
import { startShell } from './shell-process';
import { spread, type Spread } from './stats';

/** Key press → next paint in the long brief, and the renderer's memory with it open. */
export interface TypingTimings {
  /** keydown (event.timeStamp) → the task right after the next frame (rAF, then a MessageChannel message). */
  timings: Spread;
  /** keydown events the browser's Event Timing API reported at ≥ 16 ms (it reports nothing shorter). */
  slowEvents: number;
  /** Longest key event duration the Event Timing API reported (0: none ≥ 16 ms). */
  longestEventMs: number;
  /** Chromium's JS heap in use (CDP Performance.getMetrics), MB, with the long brief open, after typing. */
  rendererHeapMb: number;
  /** The same probe on a bare contenteditable paragraph in the same browser: what no page can beat here. */
  floor: Spread;
}

/** What the page records; installed with page.evaluate. */
interface TypingProbe {
  latencies: number[];
  events: number[];
}

declare global {
  interface Window {
    __benchTyping?: TypingProbe;
  }
}

const TEXT = 'the port authority expects steady freight volumes ';

/**
 * What is on while typing: nothing else; Find open with a word matched all over the brief (every match
 * highlighted); focus mode with typewriter scrolling and dimming.
 */
export type TypingMode = 'plain' | 'find' | 'focus';

/** The word Find looks for in the `find` mode: common in the synthetic brief, so thousands of highlights. */
const FIND_WORD = 'port';

/**
 * Open the newest brief of `dataDir` (the long one) in the browser shell,
 * put the caret in its body and press `samples` keys one at a time, each
 * timed in the page from keydown to the next paint; then the same on a bare
 * text field, the floor (measured only in the `plain` mode).
 */
export async function benchTyping(
  browser: Browser,
  root: string,
  dataDir: string,
  samples: number,
  mode: TypingMode = 'plain',
): Promise<TypingTimings> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const shell = await startShell(root, dataDir);
  try {
    await openLibraryPage(page, shell);
    const row = briefList(page).getByRole('listitem').first();
    await row.getByRole('button').first().click();
    const body = page.getByRole('textbox', { name: 'Body', exact: true });
    await body.waitFor({ state: 'visible', timeout: 60_000 });
    await body.getByRole('region', { name: "Editor's Desk", exact: true }).first().waitFor({ state: 'attached', timeout: 60_000 });
    await body.locator('p').nth(3).click();
    await page.keyboard.press('End');
    await turnOn(page, mode);
    if (mode !== 'plain') {
      await body.locator('p').nth(3).click();
      await page.keyboard.press('End');
    }

    const probe = await typeAndProbe(page, samples, true);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    return {
      timings: spread(probe.latencies),
      slowEvents: probe.events.length,
      longestEventMs: Math.max(0, ...probe.events),
      rendererHeapMb: heap / (1024 * 1024),
      floor: mode === 'plain' ? await floorTyping(browser, samples) : spread([]),
    };
  } finally {
    await context.close();
    await shell.stop();
  }
}

/** Opens Find on a frequent word, or focus mode with both of its options, as an analyst would. */
async function turnOn(page: Page, mode: TypingMode): Promise<void> {
  if (mode === 'find') {
    await page.keyboard.press('Control+F');
    await page.getByRole('searchbox', { name: 'Find' }).fill(FIND_WORD);
    await page
      .getByRole('status')
      .filter({ hasText: / of \d/ })
      .first()
      .waitFor({ timeout: 60_000 });
  } else if (mode === 'focus') {
    await page.keyboard.press('Control+Shift+F');
    await page.getByRole('checkbox', { name: 'Typewriter scrolling' }).check();
    await page.getByRole('checkbox', { name: 'Dim other paragraphs' }).check();
  }
}

/** Milliseconds of one display frame at 60 Hz. */
const FRAME_MS = 1000 / 60;

/**
 * Install the probe, then press `samples` keys into the focused field one at
 * a time. Each key goes after a random wait of up to one frame, so keys land
 * anywhere in the display's frame as a typist's do (waiting for the previous
 * key's paint would otherwise line every key up just after a frame began,
 * and each would wait almost a whole frame for the next). With
 * `pauseForAutosave`, every 25 keys it pauses long enough for the autosave
 * to run, so saves overlap typing as they do for an analyst.
 */
async function typeAndProbe(page: Page, samples: number, pauseForAutosave: boolean): Promise<TypingProbe> {
  await page.evaluate(() => {
    const probe: TypingProbe = { latencies: [], events: [] };
    window.__benchTyping = probe;
    window.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => probe.latencies.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      { capture: true },
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'keydown') probe.events.push(entry.duration);
      }
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
  const random = prng(samples);
  for (let index = 0; index < samples; index += 1) {
    await new Promise((resolve) => setTimeout(resolve, random() * FRAME_MS));
    await page.keyboard.press(TEXT.charAt(index % TEXT.length) === ' ' ? 'Space' : TEXT.charAt(index % TEXT.length));
    await page.waitForFunction((count) => (window.__benchTyping?.latencies.length ?? 0) > count, index);
    if (pauseForAutosave && (index + 1) % 25 === 0) await page.waitForTimeout(600);
  }
  return page.evaluate(() => window.__benchTyping ?? { latencies: [], events: [] });
}

/** The probe on a page holding only a contenteditable paragraph: the floor of key → next paint in this browser. */
async function floorTyping(browser: Browser, samples: number): Promise<Spread> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><title>floor</title><div contenteditable="true" role="textbox" aria-multiline="true" aria-label="Text"><p>Steady freight volumes</p></div>',
    );
    await page.getByRole('textbox', { name: 'Text' }).click();
    await page.keyboard.press('End');
    return spread((await typeAndProbe(page, samples, false)).latencies);
  } finally {
    await context.close();
  }
}
