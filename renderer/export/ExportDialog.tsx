import { type FormEvent, useState } from 'react';
import type { ExportFormat } from '../../shared/api/contract';
import { FormActions } from '../ui/FormActions';
import { InlineAlert } from '../ui/InlineAlert';
import { ModalDialog } from '../ui/ModalDialog';
import { RadioChoice } from '../ui/RadioChoice';
import { useWorkbench } from '../workbench/workbench-context';
import { errorMessage } from '../format/error-message';
import { bundleDownload } from './bundle-download';
import { CheckOption } from './CheckOption';
import { type Download, downloadFile } from './download-file';
import { EXPORT_FORMATS, FORMAT_HINTS, IMAGES_IN_FOLDER_LABEL } from './export-formats';
import { exportLatest } from './export-latest';

export interface ExportDialogProps {
  briefId: string;
  /** Called with what was downloaded (its file name) once the download has started. */
  onExported: (download: Pick<Download, 'fileName'>) => void;
  onClose: () => void;
}

/**
 * "Export brief": choose a format (HTML page, Markdown, PDF, JSON) and, for
 * HTML, whether images go in a folder beside the page. One file downloads as
 * it is; a page or Markdown file with an images folder downloads as a zip.
 * The brief as exported is kept in its History (an 'export' revision).
 */
export function ExportDialog({ briefId, onExported, onClose }: ExportDialogProps) {
  const workbench = useWorkbench();
  const [format, setFormat] = useState<ExportFormat>('html');
  const [imagesInFolder, setImagesInFolder] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const busyLabel = format === 'pdf' ? 'Printing PDF…' : 'Exporting…';

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setExporting(true);
    setProblem(null);
    try {
      const images = format === 'html' && imagesInFolder ? 'folder' : 'embed';
      const download = bundleDownload(await exportLatest(workbench, briefId, format, images, true));
      downloadFile(download);
      onExported(download);
    } catch (failure) {
      setProblem(`Couldn’t export the brief — ${errorMessage(failure)}`);
      setExporting(false);
    }
  }

  return (
    <ModalDialog title="Export brief" onClose={onClose} className="modal-top export-dialog">
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={exporting}>
        <RadioChoice label="Format" options={EXPORT_FORMATS} value={format} onChange={setFormat} autoFocus disabled={exporting} />
        <p className="field-hint">{FORMAT_HINTS[format]}</p>
        {format === 'html' && (
          <CheckOption
            label={IMAGES_IN_FOLDER_LABEL}
            hint="The page and its images folder download together as a zip."
            checked={imagesInFolder}
            onChange={setImagesInFolder}
            disabled={exporting}
          />
        )}
        {exporting && (
          <p className="modal-text" role="status">
            {busyLabel}
          </p>
        )}
        <InlineAlert message={problem} />
        <FormActions onCancel={onClose} submitLabel="Export" busy={exporting} busyLabel={busyLabel} />
      </form>
    </ModalDialog>
  );
}
