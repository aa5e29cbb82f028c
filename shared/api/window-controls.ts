/**
 * What the desktop preload offers besides the contract: control of the app's
 * own window. Absent in the browser shell.
 */
export interface WindowControls {
  /** Full screen on (focus mode) or back off — off only when full screen was turned on this way. */
  setFullScreen: (on: boolean) => Promise<boolean>;
}

/** The IPC channel of `WindowControls.setFullScreen` (desktop shell). */
export const FULL_SCREEN_CHANNEL = 'briefdesk-window:setFullScreen';
