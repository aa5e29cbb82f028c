import path from 'node:path';
import type { ImportFormat } from '../../../shared/api/contract';

/** File extensions and the format each is read as. */
const FORMAT_BY_EXTENSION = new Map<string, ImportFormat>([
  ['.json', 'json'],
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.docx', 'docx'],
  ['.txt', 'text'],
]);

/** The first bytes of a zip package (a .docx is one). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.byteLength >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The start of the file as text, for sniffing (never throws; invalid bytes become U+FFFD). */
function head(bytes: Uint8Array): string {
  return new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, '')
    .trimStart();
}

/**
 * What a file is read as: by its extension (.json .md .markdown .html .htm
 * .docx .txt), otherwise by its content — a JSON object mentioning the
 * Briefdesk export format, an HTML page (`<!doctype`, `<html`), a zip
 * package (read as DOCX), YAML front matter (Markdown), else plain text.
 */
export function detectImportFormat(fileName: string, bytes: Uint8Array): ImportFormat {
  const byExtension = FORMAT_BY_EXTENSION.get(path.extname(fileName).toLowerCase());
  if (byExtension) return byExtension;
  if (isZip(bytes)) return 'docx';
  const start = head(bytes);
  if (start.startsWith('{') && start.includes('"briefdesk-brief"')) return 'json';
  if (/^(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(start)) return 'html';
  if (/^---\n[\s\S]*?\n(---|\.\.\.)\n/.test(start.replace(/\r\n?/g, '\n'))) return 'markdown';
  return 'text';
}
