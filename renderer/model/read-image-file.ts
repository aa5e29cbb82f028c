import { MAX_IMAGE_BYTES } from '../../shared/api/contract';
import { BriefdeskError } from '../../shared/model/errors';

/** The types an image picker offers (the asset store's types). */
export const IMAGE_ACCEPT = 'image/png,image/jpeg,image/gif,image/webp,image/avif';

const acceptedTypes = new Set(IMAGE_ACCEPT.split(','));
const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** A message when a picked file cannot be added, or null when it may be uploaded. */
export function imageFileProblem(file: { name: string; size: number; type: string }): string | null {
  if (file.type !== '' && !acceptedTypes.has(file.type)) {
    return `“${file.name}” is not a PNG, JPEG, GIF, WebP or AVIF image.`;
  }
  if (file.size === 0) return `“${file.name}” is empty.`;
  if (file.size > MAX_IMAGE_BYTES) {
    return `“${file.name}” is ${megabytes(file.size)}; images can be at most ${megabytes(MAX_IMAGE_BYTES)}.`;
  }
  return null;
}

/** Base64 of some bytes, in chunks (no giant argument lists). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}

/** Checks a picked file and reads it as base64; throws a BriefdeskError with a message to show. */
export async function readImageFile(file: File): Promise<{ fileName: string; dataBase64: string }> {
  const problem = imageFileProblem(file);
  if (problem) throw new BriefdeskError(file.size > MAX_IMAGE_BYTES ? 'too_large' : 'unsupported', problem);
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch (error) {
    throw new BriefdeskError('io', `Could not read “${file.name}”.`, { cause: error });
  }
  return { fileName: file.name, dataBase64: bytesToBase64(new Uint8Array(buffer)) };
}
