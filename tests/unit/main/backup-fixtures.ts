import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LibraryStore } from '../../../main/services/library/library-store';
import { allFiles } from '../support/revisions-fixtures';
import { sampleContent, TINY_PNG } from '../support/store-fixtures';

/**
 * Fill a store with a bit of everything a library holds: briefs (one in the
 * Trash), revisions (a named version), an image, a template and a desk block.
 */
export async function populate(store: LibraryStore): Promise<string[]> {
  const first = await store.create();
  await store.save(first.id, sampleContent('Harbour dredging resumes after the spring tides'));
  await store.revisions.saveVersion(first.id, 'Sent to the desk');
  const second = await store.create();
  await store.save(second.id, sampleContent('Rail freight volumes slip for a third quarter', 'Hauliers blame the weather.'));
  const third = await store.create();
  await store.save(third.id, sampleContent('A draft nobody needs any more'));
  await store.trash(third.id);
  await store.addImage('pixel.png', TINY_PNG);
  await store.templates.saveFromBrief('Market note', await store.get(second.id));
  await store.deskLibrary.save({
    name: 'Ports desk',
    title: 'Strategic Analysis',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Shipping lanes stay busy.' }] }],
    deskName: 'Ports Desk',
    series: '',
    publication: '',
  });
  return [first.id, second.id, third.id];
}

/** Every file of a folder with its bytes, by relative path. */
export async function filesWithBytes(dir: string, skip: (path: string) => boolean = () => false): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const path of await allFiles(dir)) {
    if (!skip(path)) files.set(path, await readFile(join(dir, path)));
  }
  return files;
}

/** Write bytes to a file in a folder (for archives under test). */
export async function writeArchive(dir: string, name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}
