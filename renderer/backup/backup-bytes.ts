/** Bytes of base64 text (a backup sent by the library); throws when it is not base64. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  let binary: string;
  try {
    binary = atob(base64);
  } catch {
    throw new Error('The backup did not arrive whole. Try again.');
  }
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** "3 briefs, 12 revisions, 2 images" */
export function describeCounts(counts: { briefs: number; revisions: number; images: number }): string {
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  return [
    plural(counts.briefs, 'brief', 'briefs'),
    plural(counts.revisions, 'revision', 'revisions'),
    plural(counts.images, 'image', 'images'),
  ].join(', ');
}
