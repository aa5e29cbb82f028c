import { type FormEvent, useEffect, useState } from 'react';
import type { Checklist } from '../../shared/publish/checklist';
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
import { useColophonSetting } from './use-colophon-setting';

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
  const [checklist, setChecklist] = useState<Checklist | null>(null);
  const [colophon] = useColophonSetting();
  const busyLabel = format === 'pdf' ? 'Printing PDF…' : 'Exporting…';
  const { api, flushOpen } = workbench;

  // What Publish would point out, shown before an export too (the brief as saved).
  useEffect(() => {
    let current = true;
    void (async () => {
      try {
        if (!(await flushOpen())) return;
        const answer = await api.checkBrief({ id: briefId });
        if (current) setChecklist(answer);
      } catch {
        // The export itself says what is wrong, if anything is.
      }
    })();
    return () => {
      current = false;
    };
  }, [api, briefId, flushOpen]);
  const notes = checklist ? [...checklist.errors, ...checklist.warnings] : [];
  const leftOut = notes.some((item) => item.rule === 'desk' || item.rule === 'takeaways');

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setExporting(true);
    setProblem(null);
    try {
      const images = format === 'html' && imagesInFolder ? 'folder' : 'embed';
      const download = bundleDownload(await exportLatest(workbench, briefId, format, images, true, colophon));
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
        {notes.length > 0 && (
          <div className="checklist-group checklist-warnings export-checklist">
            <p className="checklist-group-title" id="export-notes-title">
              Worth a look before exporting
            </p>
            <ul aria-labelledby="export-notes-title">
              {notes.map((item, index) => (
                <li key={`${item.rule}-${index}`}>{item.message}</li>
              ))}
            </ul>
            {leftOut && <p className="field-hint">Key Takeaways and Editor’s Desk blocks with no text are left out of the export.</p>}
          </div>
        )}
        {exporting && (
          <p className="modal-text" role="status">
            {busyLabel}
          </p>
        )}
        <InlineAlert message={problem} />
        <FormActions
          onCancel={onClose}
          submitLabel={notes.length > 0 ? 'Export anyway' : 'Export'}
          busy={exporting}
          busyLabel={busyLabel}
        />
      </form>
    </ModalDialog>
  );
}
