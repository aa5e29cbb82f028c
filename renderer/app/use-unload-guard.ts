import { useEffect } from 'react';
import type { SaveRegistry } from '../save/save-registry';

/** On leaving the page: try to save what is pending, and ask the analyst to wait if something is unsaved. */
export function useUnloadGuard(registry: SaveRegistry): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (!registry.hasUnsavedChanges()) return;
      void registry.flushAll();
      event.preventDefault();
      event.returnValue = '';
    };
    const onPageHide = (): void => {
      void registry.flushAll();
    };
    const onHidden = (): void => {
      if (document.visibilityState === 'hidden') void registry.flushAll();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [registry]);
}
