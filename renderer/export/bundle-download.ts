import type { ExportBundle } from '../../shared/api/contract';
import type { Download } from './download-file';
import { fileBytes } from './file-bytes';
import { zipFiles } from './zip-files';

/** A file name without its last extension: `grid-reform.md` → `grid-reform`. */
function stemOf(fileName: string): string {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * What one brief's export is saved as: its only file as it is, or — when it
 * has images beside it — `<stem>.zip` holding the main file and its
 * `<stem>-assets/` folder under their relative paths.
 */
export function bundleDownload(bundle: ExportBundle): Download {
  const [main, ...others] = bundle.files;
  if (!main) throw new Error('the export is empty');
  if (others.length === 0) return { fileName: main.fileName, mimeType: main.mimeType, bytes: fileBytes(main) };
  return { fileName: `${stemOf(main.fileName)}.zip`, mimeType: 'application/zip', bytes: zipFiles(bundle.files) };
}
