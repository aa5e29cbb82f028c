import { type FormEvent, useState } from 'react';
import type { ExportedFile, ExportFormat } from '../../shared/api/contract';
import { ModalDialog } from '../components/ModalDialog';
import { type RadioOption, RadioChoice } from '../components/RadioChoice';
import { useWorkbench } from '../desk/workbench-context';
import { errorMessage } from '../model/error-message';
import { downloadFile } from './download-file';
import { exportLatest } from './export-latest';
import { InlineAlert } from '../components/InlineAlert';
import { FormActions } from '../components/FormActions';

type AppFormat = Extract<ExportFormat, 'html' | 'json'>;

const FORMATS: readonly RadioOption<AppFormat>[] = [
  { value: 'html', label: 'HTML page' },
  { value: 'json', label: 'JSON (lossless)' },
];

const FORMAT_HINTS: Record<AppFormat, string> = {
  html: 'One standalone page with its images inside: opens offline in any browser, prints well.',
  json: 'Everything in the brief, with its images and desk blocks, to bring back into Briefdesk.',
};

export interface ExportDialogProps {
  briefId: string;
  onExported: (file: ExportedFile) => void;
  onClose: () => void;
}

/** "Export brief": choose a format; the file is saved as a download (the library is not changed). */
export function ExportDialog({ briefId, onExported, onClose }: ExportDialogProps) {
  const workbench = useWorkbench();
  const [format, setFormat] = useState<AppFormat>('html');
  const [exporting, setExporting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setExporting(true);
    setProblem(null);
    try {
      const bundle = await exportLatest(workbench, briefId, format);
      const file = bundle.files[0];
      if (!file) throw new Error('the export is empty');
      downloadFile(file);
      onExported(file);
    } catch (failure) {
      setProblem(`Couldn’t export the brief — ${errorMessage(failure)}`);
      setExporting(false);
    }
  }

  return (
    <ModalDialog title="Export brief" onClose={onClose} className="modal-top export-dialog">
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={exporting}>
        <RadioChoice label="Format" options={FORMATS} value={format} onChange={setFormat} autoFocus disabled={exporting} />
        <p className="field-hint">{FORMAT_HINTS[format]}</p>
        {exporting && (
          <p className="modal-text" role="status">
            Exporting…
          </p>
        )}
        <InlineAlert message={problem} />
        <FormActions onCancel={onClose} submitLabel="Export" busy={exporting} busyLabel="Exporting…" />
      </form>
    </ModalDialog>
  );
}
