import { useEffect, useId, useRef, useState } from 'react';
import { AutoBackupDialog } from './AutoBackupDialog';
import { BackupDialog } from './BackupDialog';
import { RestoreDialog } from './RestoreDialog';
import './backup.css';

type Open = 'none' | 'menu' | 'backup' | 'restore' | 'auto';

/**
 * "Library" at the foot of the library: a small disclosure with "Back up
 * library" (a zip of everything, downloaded), "Restore from backup…" and
 * "Automatic backups…".
 */
export function LibraryMenu() {
  const [open, setOpen] = useState<Open>('none');
  const listId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open !== 'menu') return undefined;
    const onPointer = (event: PointerEvent): void => {
      if (event.target instanceof Node && !ref.current?.contains(event.target)) setOpen('none');
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  return (
    <div
      className="library-menu"
      ref={ref}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open === 'menu') {
          event.stopPropagation();
          setOpen('none');
        }
      }}
    >
      <button
        type="button"
        className="button button-quiet"
        aria-expanded={open === 'menu'}
        aria-controls={listId}
        title="Back up the library, or restore it from a backup"
        onClick={() => setOpen(open === 'menu' ? 'none' : 'menu')}
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
        Library
      </button>
      {open === 'menu' && (
        <ul className="library-menu-list" id={listId}>
          <li>
            <button type="button" className="button button-quiet" aria-haspopup="dialog" onClick={() => setOpen('backup')}>
              Back up library
            </button>
          </li>
          <li>
            <button type="button" className="button button-quiet" aria-haspopup="dialog" onClick={() => setOpen('restore')}>
              Restore from backup…
            </button>
          </li>
          <li>
            <button type="button" className="button button-quiet" aria-haspopup="dialog" onClick={() => setOpen('auto')}>
              Automatic backups…
            </button>
          </li>
        </ul>
      )}
      {open === 'backup' && <BackupDialog onClose={() => setOpen('none')} />}
      {open === 'restore' && <RestoreDialog onClose={() => setOpen('none')} />}
      {open === 'auto' && <AutoBackupDialog onClose={() => setOpen('none')} />}
    </div>
  );
}
