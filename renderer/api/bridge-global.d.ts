import type { BriefdeskBridge } from '../../shared/api/contract';
import type { WindowControls } from '../../shared/api/window-controls';

declare global {
  interface Window {
    /** Put there by the desktop preload; absent in the browser shell. */
    briefdesk?: BriefdeskBridge;
    /** The desktop window's controls (full screen), from the same preload; absent in the browser shell. */
    briefdeskWindow?: WindowControls;
  }
}

export {};
