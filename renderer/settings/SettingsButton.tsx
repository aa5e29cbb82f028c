import { usePublishing } from '../publish/publishing-context';

/** "Settings" at the foot of the library: publishing targets. */
export function SettingsButton() {
  const { openSettings } = usePublishing();
  return (
    <button type="button" className="button button-quiet" aria-haspopup="dialog" title="Publishing targets" onClick={openSettings}>
      <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className="icon">
        <circle cx="8" cy="8" r="2.2" fill="none" stroke="currentColor" strokeWidth="1.2" />
        <path
          d="M8 1.8v2M8 12.2v2M1.8 8h2M12.2 8h2M3.6 3.6l1.4 1.4M11 11l1.4 1.4M3.6 12.4 5 11M11 5l1.4-1.4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.2"
          strokeLinecap="round"
        />
      </svg>
      <span className="footer-label">Settings</span>
    </button>
  );
}
