import { type Browser, chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../tests/e2e/chromium';

/** Debian's Chromium (CHROMIUM_PATH overrides), launched as the e2e tests launch it. */
export async function launchChromium(): Promise<Browser> {
  const options = chromiumLaunchOptions();
  if (options.executablePath === undefined) throw new Error("No Chromium found: install Debian's chromium or set CHROMIUM_PATH.");
  return chromium.launch(options);
}
