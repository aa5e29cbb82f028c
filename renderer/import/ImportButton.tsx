import { useRef } from 'react';
import { shortcutLabel } from '../keyboard/mod-key';
import { IMPORT_ACCEPT } from './import-formats';
import { useImportShortcut } from './use-import-shortcut';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export interface ImportButtonProps {
  /** The files picked (one or more). */
  onFiles: (files: File[]) => void;
  /** While an import runs, the button and its shortcut do nothing. */
  busy: boolean;
}

/** "Import": the system file picker (several files at once), also on Ctrl/Cmd+O. */
export function ImportButton({ onFiles, busy }: ImportButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const choose = (): void => {
    if (!busy) input.current?.click();
  };
  useImportShortcut(choose);

  return (
    <>
      <button
        type="button"
        className="button import-button"
        onClick={choose}
        disabled={busy}
        title={`Import briefs from JSON, Markdown, HTML, Word or text files (${shortcutLabel('O')})`}
        aria-keyshortcuts={isMac ? 'Meta+O' : 'Control+O'}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className="icon">
          <path
            d="M8 2v8m0 0L5 7m3 3 3-3M3 11v2.5h10V11"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        Import
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        hidden
        tabIndex={-1}
        aria-label="Files to import"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Cleared so that picking the same file again is noticed.
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
