import { writeFile } from 'node:fs/promises';

/** A valid 4×3 RGB PNG (one flat blue), 73 bytes. */
export const PNG_4X3_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR42mOQz98CRww4OQAfjg8ZCmHOKAAAAABJRU5ErkJggg==';

export const PNG_4X3 = Buffer.from(PNG_4X3_BASE64, 'base64');

/** Writes the 4×3 PNG to `filePath` and returns the path (for a file chooser). */
export async function writePngFile(filePath: string): Promise<string> {
  await writeFile(filePath, PNG_4X3);
  return filePath;
}

/** Writes plain text under an image's name (`notes.png`), the kind of file a picker lets through. */
export async function writeTextAsPngFile(filePath: string): Promise<string> {
  await writeFile(filePath, 'Meeting notes, not a picture.\n');
  return filePath;
}
