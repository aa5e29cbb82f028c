import { type FormEvent, useId, useState } from 'react';
import { MAX_BACKUP_TRANSFER_BYTES, type RestoredBackup } from '../../shared/model/library-backup';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { InlineAlert } from '../ui/InlineAlert';
import { ModalDialog } from '../ui/ModalDialog';
import { useWorkbench } from '../workbench/workbench-context';
import { errorMessage } from '../format/error-message';
import { bytesToBase64 } from '../files/bytes-to-base64';
import { exactTime } from '../format/relative-time';
import { describeCounts } from './backup-bytes';

type Phase =
  | { kind: 'choosing'; problem: string | null }
  | { kind: 'restoring' }
  | { kind: 'restored'; restored: RestoredBackup; problem: string | null }
  | { kind: 'switching' };

const MEGABYTE = 1024 * 1024;

/**
 * "Restore from backup…": pick a backup file; the library checks it and
 * restores it into a new folder (the current library is untouched), then
 * says what it holds and offers to switch to it. Switching saves the open
 * brief, swaps the libraries (the current one is kept) and reloads the app.
 */
export function RestoreDialog({ onClose }: { onClose: () => void }) {
  const { api, flushOpen } = useWorkbench();
  const [phase, setPhase] = useState<Phase>({ kind: 'choosing', problem: null });
  const [file, setFile] = useState<File | null>(null);
  const inputId = useId();

  async function restore(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!file) return;
    if (file.size > MAX_BACKUP_TRANSFER_BYTES) {
      setPhase({
        kind: 'choosing',
        problem: `“${file.name}” is ${Math.ceil(file.size / MEGABYTE)} MB; the app restores backups of up to ${MAX_BACKUP_TRANSFER_BYTES / MEGABYTE} MB. Use \`briefdesk restore FILE --into DIR\`.`,
      });
      return;
    }
    setPhase({ kind: 'restoring' });
    try {
      const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      setPhase({ kind: 'restored', restored: await api.restoreBackup({ fileName: file.name, dataBase64 }), problem: null });
    } catch (error) {
      setPhase({ kind: 'choosing', problem: errorMessage(error) });
    }
  }

  async function switchLibrary(restored: RestoredBackup): Promise<void> {
    setPhase({ kind: 'switching' });
    try {
      await flushOpen();
      await api.switchLibrary({ restoreId: restored.restoreId });
      window.location.reload();
    } catch (error) {
      setPhase({ kind: 'restored', restored, problem: `Could not switch: ${errorMessage(error)}` });
    }
  }

  const busy = phase.kind === 'restoring' || phase.kind === 'switching';
  return (
    <ModalDialog title="Restore from backup" onClose={busy ? () => undefined : onClose} className="backup-dialog">
      {(phase.kind === 'choosing' || phase.kind === 'restoring') && (
        <form onSubmit={(event) => void restore(event)}>
          <p className="modal-text">The backup is checked, then restored into a new library folder. Your current library is not changed.</p>
          <Field id={inputId} label="Backup file">
            {(control) => (
              <input
                {...control}
                type="file"
                accept=".zip,application/zip"
                data-autofocus
                disabled={busy}
                onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              />
            )}
          </Field>
          {phase.kind === 'restoring' && (
            <>
              <progress className="backup-progress" aria-label="Restoring the backup" />
              <p role="status">Checking and restoring the backup…</p>
            </>
          )}
          <InlineAlert message={phase.kind === 'choosing' ? phase.problem : null} />
          <FormActions onCancel={onClose} submitLabel="Restore" busy={busy} busyLabel="Restoring…" disabled={file === null} />
        </form>
      )}
      {phase.kind === 'restored' && (
        <>
          <p className="backup-result" role="status">
            The backup of {exactTime(phase.restored.createdAt)} was checked and restored: {describeCounts(phase.restored.counts)}.
          </p>
          <p>Switching opens the restored library. The current one is closed and kept in a folder named “…-before-restore-…” beside it.</p>
          <InlineAlert message={phase.problem} />
          <div className="modal-actions">
            <button type="button" className="button" onClick={onClose}>
              Keep the current library
            </button>
            <button type="button" className="button button-primary" data-autofocus onClick={() => void switchLibrary(phase.restored)}>
              Switch to the restored library
            </button>
          </div>
        </>
      )}
      {phase.kind === 'switching' && (
        <>
          <progress className="backup-progress" aria-label="Switching libraries" />
          <p role="status">Switching to the restored library…</p>
        </>
      )}
    </ModalDialog>
  );
}
