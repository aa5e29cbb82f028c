import type { BriefdeskBridge } from '../../shared/api/contract';

declare global {
  interface Window {
    /** Put there by the desktop preload; absent in the browser shell. */
    briefdesk?: BriefdeskBridge;
  }
}

export {};
