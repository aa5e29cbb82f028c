import type { ExportBundle, ExportFormat, ImageMode } from '../../shared/api/contract';
import type { Workbench } from '../workbench/workbench-context';

/**
 * The open brief exported from what is on disk, after the pending autosave is
 * flushed so the file has the latest text. `snapshot` keeps the brief as
 * exported in its history (Export does; Preview does not); `colophon` is the
 * Settings' "Exported from" line. Throws, with a
 * message fit to show, when the save or the export fails.
 */
export async function exportLatest(
  workbench: Pick<Workbench, 'api' | 'flushOpen'>,
  id: string,
  format: ExportFormat,
  images: ImageMode = 'embed',
  snapshot = false,
  colophon = true,
): Promise<ExportBundle> {
  if (!(await workbench.flushOpen())) throw new Error('the brief’s latest changes could not be saved first');
  return workbench.api.exportBrief({ id, format, images, snapshot, colophon });
}
