import { imageFileProblem } from '../../files/read-image-file';
import type { CleanPaste } from './prepare-paste';

/** The files of a paste or a drop: the clipboard's files, else its items of kind 'file'. */
export function transferFiles(data: DataTransfer | null): File[] {
  if (data === null) return [];
  if (data.files.length > 0) return Array.from(data.files);
  return Array.from(data.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.getAsFile())
    .filter((file): file is File => file !== null);
}

/**
 * A paste (or drop) of files: each image the library can store becomes an
 * image (no alt text yet) waiting to be stored, as an embedded image of
 * pasted HTML does; a file that is not such an image, is empty or is larger
 * than an image may be (the hero's limits, imageFileProblem) is refused,
 * with its message. `document` makes the markup (the paste's own window).
 */
export function imageFilesPaste(files: readonly File[], document: Document): { clean: CleanPaste; refused: string[] } {
  const fragment = document.createDocumentFragment();
  const pending: CleanPaste['pending'] = [];
  const refused: string[] = [];
  for (const file of files) {
    const problem = imageFileProblem({ name: file.name || 'The pasted file', size: file.size, type: file.type || 'unknown' });
    if (problem !== null) {
      refused.push(problem);
      continue;
    }
    const image = document.createElement('img');
    image.setAttribute('alt', '');
    fragment.append(image);
    pending.push({ element: image, file });
  }
  return { clean: { fragment, pending, dropped: { web: 0, unreadable: 0 } }, refused };
}
