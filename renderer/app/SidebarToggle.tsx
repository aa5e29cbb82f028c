import type { Ref } from 'react';
import { shortcutLabel } from '../keyboard/mod-key';

export interface SidebarToggleProps {
  /** Whether the library shows now. */
  shown: boolean;
  /** The library is a drawer (narrow window) rather than a column. */
  drawer: boolean;
  controls: string;
  onToggle: () => void;
  buttonRef: Ref<HTMLButtonElement>;
}

/** Shows and hides the library (Ctrl/Cmd+\), at the top left of the brief. */
export function SidebarToggle({ shown, drawer, controls, onToggle, buttonRef }: SidebarToggleProps) {
  const action = shown ? 'Hide the library' : 'Show the library';
  return (
    <button
      ref={buttonRef}
      type="button"
      className="sidebar-toggle"
      aria-label="Library"
      aria-expanded={shown}
      aria-controls={controls}
      aria-keyshortcuts="Control+\ Meta+\"
      title={`${action} (${shortcutLabel('\\')})`}
      data-drawer={drawer ? 'true' : undefined}
      onClick={onToggle}
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" className="icon">
        <rect x="1.75" y="2.75" width="12.5" height="10.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
        <path d="M6 3v10" stroke="currentColor" strokeWidth="1.3" />
        {shown && <path d="M3.4 5.5h1.2M3.4 7.5h1.2M3.4 9.5h1.2" stroke="currentColor" strokeWidth="1.2" strokeLinecap="round" />}
      </svg>
    </button>
  );
}
