import { ModalDialog } from '../ui/ModalDialog';
import { importSummary } from './import-summary';
import { ImportResultRow } from './ImportResultRow';
import type { ImportAgain, ImportOutcome } from './run-import';

export interface ImportResultsDialogProps {
  outcomes: readonly ImportOutcome[];
  /** The file being imported again, by index, or null. */
  again: number | null;
  onOpen: (id: string) => void;
  onAgain: (index: number, ask: ImportAgain) => void;
  onClose: () => void;
}

/** "Import results": a line on how it went, then each file with what it became or why it did not. */
export function ImportResultsDialog({ outcomes, again, onOpen, onAgain, onClose }: ImportResultsDialogProps) {
  return (
    <ModalDialog title="Import results" onClose={onClose} className="modal-wide modal-top import-results">
      <p className="import-summary">{importSummary(outcomes)}</p>
      <ul className="import-results-list" aria-label="Files">
        {outcomes.map((outcome, index) => (
          <ImportResultRow
            key={index}
            outcome={outcome}
            busy={again === index}
            disabled={again !== null}
            onOpen={onOpen}
            onAgain={(ask) => onAgain(index, ask)}
          />
        ))}
      </ul>
      <div className="modal-actions">
        <button type="button" className="button button-primary" data-autofocus onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
