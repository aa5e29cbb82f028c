import { zipSync, type Zippable } from 'fflate';
import type { ExportedFile } from '../../shared/api/contract';
import { fileBytes } from './file-bytes';

/** Types already compressed, stored as they are rather than deflated again. */
const COMPRESSED = /^(image\/(png|jpeg|gif|webp|avif)|application\/(pdf|zip))\b/;

/** A relative, `/`-separated path that stays inside the archive (no `..`, no empty or absolute parts). */
function isSafePath(path: string): boolean {
  if (path.startsWith('/') || path.includes('\\')) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/**
 * The files as one zip archive (fflate), each under its relative path
 * (`page.html`, `page-assets/a1b2.png`). Text is deflated; images and PDFs
 * are stored. Throws on a path that would leave the archive's folder or
 * appears twice, rather than writing a broken archive.
 */
export function zipFiles(files: readonly ExportedFile[]): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {};
  const seen = new Set<string>();
  for (const file of files) {
    if (!isSafePath(file.fileName)) throw new Error(`“${file.fileName}” is not a file name that can go in a zip`);
    if (seen.has(file.fileName)) throw new Error(`“${file.fileName}” appears twice in the export`);
    seen.add(file.fileName);
    entries[file.fileName] = [fileBytes(file), { level: COMPRESSED.test(file.mimeType) ? 0 : 6 }];
  }
  return zipSync(entries);
}
