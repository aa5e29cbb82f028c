import { useEffect, useRef, useState } from 'react';
import type { LibraryBackup } from '../../shared/model/library-backup';
import { InlineAlert } from '../ui/InlineAlert';
import { ModalDialog } from '../ui/ModalDialog';
import { useWorkbench } from '../workbench/workbench-context';
import { downloadFile } from '../export/download-file';
import { errorMessage } from '../format/error-message';
import { base64ToBytes, describeCounts } from './backup-bytes';

type Phase = { kind: 'running' } | { kind: 'done'; backup: LibraryBackup } | { kind: 'failed'; message: string };

/**
 * "Back up library": saves the open brief, asks the library for a zip of
 * everything (a progress bar meanwhile), downloads it and says what it holds.
 */
export function BackupDialog({ onClose }: { onClose: () => void }) {
  const { api, flushOpen } = useWorkbench();
  const [phase, setPhase] = useState<Phase>({ kind: 'running' });
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      try {
        await flushOpen();
        const backup = await api.backupLibrary({});
        downloadFile({ fileName: backup.fileName, mimeType: 'application/zip', bytes: base64ToBytes(backup.dataBase64) });
        setPhase({ kind: 'done', backup });
      } catch (error) {
        setPhase({ kind: 'failed', message: errorMessage(error) });
      }
    })();
  }, [api, flushOpen]);

  return (
    <ModalDialog title="Back up library" onClose={onClose} className="backup-dialog">
      {phase.kind === 'running' && (
        <>
          <progress className="backup-progress" aria-label="Backing up the library" />
          <p role="status">Backing up the library…</p>
        </>
      )}
      {phase.kind === 'done' && (
        <p className="backup-result" role="status">
          Backed up {describeCounts(phase.backup.counts)} as <strong>{phase.backup.fileName}</strong>. Keep it somewhere other than this
          computer.
        </p>
      )}
      {phase.kind === 'failed' && <InlineAlert message={`The library could not be backed up: ${phase.message}`} />}
      <div className="modal-actions">
        <button type="button" className="button" data-autofocus onClick={onClose} disabled={phase.kind === 'running'}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
