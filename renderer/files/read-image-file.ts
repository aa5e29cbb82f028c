import { MAX_IMAGE_BYTES } from '../../shared/api/contract';
import { BriefdeskError } from '../../shared/model/errors';
import { bytesToBase64 } from './bytes-to-base64';

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
