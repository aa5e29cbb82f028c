import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { unzipSync } from 'fflate';

/** Unzips a downloaded archive: each entry's path and bytes. */
export function unzip(bytes: Buffer): Map<string, Buffer> {
  return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, Buffer.from(data)]));
}

/** Writes files (by relative path) under `dir`, making folders as needed. */
export async function writeFiles(dir: string, files: ReadonlyMap<string, Buffer>): Promise<void> {
  for (const [name, bytes] of files) {
    const target = path.join(dir, ...name.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
}

/** A page opened from disk in a fresh tab, and every request it made that is not for itself, a data: URL or a file in its folder. */
export interface OpenedFromDisk {
  page: Page;
  outsideRequests: () => string[];
  /** Every request made, for checking which local files were read. */
  requests: string[];
}

/** Opens an exported file from disk in a new tab, recording its requests. */
export async function openFromDisk(context: BrowserContext, file: string): Promise<OpenedFromDisk> {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const url = pathToFileURL(file).href;
  await page.goto(url);
  const folder = pathToFileURL(path.dirname(file)).href;
  const outsideRequests = () =>
    requests.filter((request) => request !== url && !request.startsWith('data:') && !request.startsWith(`${folder}/`));
  return { page, outsideRequests, requests };
}
