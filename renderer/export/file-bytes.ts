import type { ExportedFile } from '../../shared/api/contract';

const encoder = new TextEncoder();

/** Bytes of base64 text; throws a message naming the file when it is not base64. */
function base64Bytes(base64: string, fileName: string): Uint8Array<ArrayBuffer> {
  let binary: string;
  try {
    binary = atob(base64);
  } catch {
    throw new Error(`the data of “${fileName}” is not valid base64`);
  }
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** The bytes of an exported file: its text as UTF-8, or its base64 content decoded (PDF, images). */
export function fileBytes(file: ExportedFile): Uint8Array<ArrayBuffer> {
  return file.encoding === 'base64' ? base64Bytes(file.content, file.fileName) : encoder.encode(file.content);
}
