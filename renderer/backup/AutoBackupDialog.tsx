import { type FormEvent, useEffect, useId, useState } from 'react';
import { type AutoBackupStatus, MAX_AUTO_BACKUPS_KEPT } from '../../shared/model/library-backup';
import { FormActions } from '../ui/FormActions';
import { InlineAlert } from '../ui/InlineAlert';
import { ModalDialog } from '../ui/ModalDialog';
import { TextField } from '../ui/TextField';
import { useWorkbench } from '../workbench/workbench-context';
import { errorMessage } from '../format/error-message';
import { exactTime } from '../format/relative-time';

/** What the dialog says about the last automatic backup. */
function lastBackupText(status: AutoBackupStatus): string {
  if (status.folder === null) return 'Automatic backups are off.';
  return status.lastBackupAt === null ? 'No automatic backup yet.' : `Last automatic backup: ${exactTime(status.lastBackupAt)}.`;
}

/**
 * "Automatic backups…": the folder a backup of the library goes to once a
 * day (typed as a full path; empty turns them off) and how many are kept.
 */
export function AutoBackupDialog({ onClose }: { onClose: () => void }) {
  const { api } = useWorkbench();
  const [status, setStatus] = useState<AutoBackupStatus | null>(null);
  const [folder, setFolder] = useState('');
  const [keep, setKeep] = useState('14');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const folderId = useId();
  const keepId = useId();

  useEffect(() => {
    let current = true;
    api.getBackupSettings({}).then(
      (answer) => {
        if (!current) return;
        setStatus(answer);
        setFolder(answer.folder ?? '');
        setKeep(String(answer.keep));
      },
      (error: unknown) => {
        if (current) setProblem(errorMessage(error));
      },
    );
    return () => {
      current = false;
    };
  }, [api]);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    const count = Number(keep);
    if (!Number.isInteger(count) || count < 1 || count > MAX_AUTO_BACKUPS_KEPT) {
      setProblem(`Keep between 1 and ${MAX_AUTO_BACKUPS_KEPT} backups.`);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const saved = await api.saveBackupSettings({ folder: folder.trim() === '' ? null : folder.trim(), keep: count });
      setStatus(saved);
      if (saved.lastError) setProblem(saved.lastError);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <ModalDialog title="Automatic backups" onClose={onClose} className="backup-dialog">
      <form onSubmit={(event) => void save(event)} noValidate>
        <p className="modal-text">
          Once a day, while Briefdesk is open, the whole library is backed up into this folder. Leave it empty to turn this off.
        </p>
        <TextField
          id={folderId}
          label="Backup folder (full path)"
          type="text"
          autoComplete="off"
          data-autofocus
          value={folder}
          onValue={setFolder}
        />
        <TextField id={keepId} label="Backups to keep" type="number" min={1} max={MAX_AUTO_BACKUPS_KEPT} value={keep} onValue={setKeep} />
        {status && (
          <p className="backup-result" role="status">
            {lastBackupText(status)}
          </p>
        )}
        <InlineAlert message={problem ?? status?.lastError ?? null} />
        <FormActions onCancel={onClose} submitLabel="Save" busy={busy} busyLabel="Saving…" />
      </form>
    </ModalDialog>
  );
}
