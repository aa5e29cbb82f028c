import type { OutlinePanelState } from './use-outline-panel';

function OutlineIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" className="icon">
      <rect x="1.75" y="2.75" width="12.5" height="10.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
      <path d="M10 3v10M11.6 5.5h1M11.6 7.5h1M11.6 9.5h1" fill="none" stroke="currentColor" strokeWidth="1.2" strokeLinecap="round" />
    </svg>
  );
}

/**
 * "Outline" in the brief's action bar: one toggle for the column beside a
 * wide pane, one for the panel over a narrow pane; the stylesheet displays
 * the one that applies at the pane's width.
 */
export function OutlineToggle({ state }: { state: OutlinePanelState }) {
  const { panelId, columnOpen, overlayOpen, setColumnOpen, setOverlayOpen, overlayToggleRef } = state;
  const toggles = [
    {
      where: 'column',
      open: columnOpen,
      setOpen: setColumnOpen,
      title: columnOpen ? 'Hide the outline' : 'Show the outline beside the brief',
      ref: undefined,
    },
    {
      where: 'overlay',
      open: overlayOpen,
      setOpen: setOverlayOpen,
      title: overlayOpen ? 'Close the outline' : 'Show the outline',
      ref: overlayToggleRef,
    },
  ];
  return (
    <>
      {toggles.map(({ where, open, setOpen, title, ref }) => (
        <button
          key={where}
          ref={ref}
          type="button"
          className={`button button-small button-quiet outline-toggle outline-toggle-${where}`}
          aria-label="Outline"
          aria-expanded={open}
          aria-controls={panelId}
          title={title}
          onClick={() => setOpen(!open)}
        >
          <OutlineIcon />
        </button>
      ))}
    </>
  );
}
