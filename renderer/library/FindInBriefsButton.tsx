import { lazy, Suspense, useState } from 'react';
import { chordOf } from '../commands/command-catalog';
import { commandShortcutLabel } from '../commands/shortcut-label';
import { useDialogShortcut } from '../keyboard/use-dialog-shortcut';

/** The dialog loads when first opened. */
const FindInBriefsDialog = lazy(async () => ({ default: (await import('./FindInBriefsDialog')).FindInBriefsDialog }));

/** "Find in all briefs" in the library, with its shortcuts (Find: Mod-Alt-Shift-F, Replace: Mod-Alt-Shift-H). */
export function FindInBriefsButton({ available }: { available: boolean }) {
  const [open, setOpen] = useState<'closed' | 'find' | 'replace'>('closed');
  useDialogShortcut(chordOf('find-in-briefs'), () => setOpen('find'), available);
  useDialogShortcut(chordOf('replace-in-briefs'), () => setOpen('replace'), available);
  return (
    <>
      <button
        type="button"
        className="button button-quiet"
        aria-haspopup="dialog"
        title={available ? `Find and replace in all briefs (${commandShortcutLabel('find-in-briefs')})` : 'Show your briefs to search them'}
        disabled={!available}
        onClick={() => setOpen('find')}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className="icon">
          <path
            d="M7 3a4 4 0 1 1 0 8 4 4 0 0 1 0-8zM10 10l3.5 3.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.3"
            strokeLinecap="round"
          />
        </svg>
        <span className="footer-label">Find in all briefs</span>
      </button>
      <Suspense fallback={null}>
        {open !== 'closed' && <FindInBriefsDialog replacing={open === 'replace'} onClose={() => setOpen('closed')} />}
      </Suspense>
    </>
  );
}
