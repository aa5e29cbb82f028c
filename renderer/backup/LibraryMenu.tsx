import { lazy, Suspense, useState } from 'react';
import { MenuButton } from '../ui/MenuButton';
import './backup.css';

/** The backup dialogs load when first opened, not with the first page. */
const AutoBackupDialog = lazy(async () => ({ default: (await import('./AutoBackupDialog')).AutoBackupDialog }));
const BackupDialog = lazy(async () => ({ default: (await import('./BackupDialog')).BackupDialog }));
const RestoreDialog = lazy(async () => ({ default: (await import('./RestoreDialog')).RestoreDialog }));

type Open = 'none' | 'backup' | 'restore' | 'auto';

/**
 * "Backups" at the foot of the library: a menu with "Back up library" (a zip
 * of everything, downloaded), "Restore from backup…" and "Automatic backups…".
 */
export function LibraryMenu() {
  const [open, setOpen] = useState<Open>('none');
  return (
    <>
      <MenuButton
        label="Backups"
        title="Back up the library, or restore it from a backup"
        placement="above"
        align="start"
        items={[
          { key: 'backup', label: 'Back up library', opensDialog: true, onSelect: () => setOpen('backup') },
          { key: 'restore', label: 'Restore from backup…', opensDialog: true, onSelect: () => setOpen('restore') },
          { key: 'auto', label: 'Automatic backups…', opensDialog: true, onSelect: () => setOpen('auto') },
        ]}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className="icon">
          <path
            d="M2.5 4.5h11v8h-11zM4 2.5h8M5.5 8h5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.3"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span className="footer-label" aria-hidden="true">
          Backups
        </span>
      </MenuButton>
      <Suspense fallback={null}>{open === 'backup' && <BackupDialog onClose={() => setOpen('none')} />}</Suspense>
      <Suspense fallback={null}>{open === 'restore' && <RestoreDialog onClose={() => setOpen('none')} />}</Suspense>
      <Suspense fallback={null}>{open === 'auto' && <AutoBackupDialog onClose={() => setOpen('none')} />}</Suspense>
    </>
  );
}
