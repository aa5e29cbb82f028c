import { lazy, Suspense, useState } from 'react';
import { useDialogShortcut } from '../keyboard/use-dialog-shortcut';
import { chordOf, type CommandInfo } from './command-catalog';
import { pressButton, pressShortcut } from './shortcut-label';

/** The palette (cmdk) and the shortcuts dialog load when first opened, not with the first page. */
const CommandPalette = lazy(async () => ({ default: (await import('./CommandPalette')).CommandPalette }));
const ShortcutsDialog = lazy(async () => ({ default: (await import('./ShortcutsDialog')).ShortcutsDialog }));

export interface CommandCenterProps {
  hasBrief: boolean;
  onOpenBrief: (id: string) => void;
}

/** The command palette (Mod-Shift-L) and the Keyboard shortcuts dialog (Mod-/), from the one command list. */
export function CommandCenter({ hasBrief, onOpenBrief }: CommandCenterProps) {
  const [open, setOpen] = useState<'none' | 'palette' | 'shortcuts'>('none');
  useDialogShortcut(chordOf('palette'), () => setOpen('palette'));
  useDialogShortcut(chordOf('shortcuts'), () => setOpen('shortcuts'));

  function run(command: CommandInfo): void {
    setOpen('none');
    if (command.id === 'shortcuts') {
      setOpen('shortcuts');
      return;
    }
    const { shortcut, button } = command;
    // After the palette is gone and focus is back where it was: shortcuts do nothing over an open dialog.
    requestAnimationFrame(() => {
      if (shortcut) pressShortcut(shortcut);
      else if (button) void pressButton(button);
    });
  }

  return (
    <>
      <Suspense fallback={null}>
        {open === 'palette' && (
          <CommandPalette
            hasBrief={hasBrief}
            onRun={run}
            onOpenBrief={(id) => {
              setOpen('none');
              onOpenBrief(id);
            }}
            onClose={() => setOpen('none')}
          />
        )}
      </Suspense>
      <Suspense fallback={null}>{open === 'shortcuts' && <ShortcutsDialog onClose={() => setOpen('none')} />}</Suspense>
    </>
  );
}
