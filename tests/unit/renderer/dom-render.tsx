import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * A render function for a happy-dom test file: it mounts an element in a
 * fresh container in the document and returns the container; whatever it
 * mounted is unmounted and removed after each test. Call it at the top of the file.
 */
export function domRender(): (element: ReactNode) => HTMLElement {
  const mounted: { root: Root; host: HTMLElement }[] = [];
  afterEach(() => {
    for (const { root, host } of mounted.splice(0)) {
      act(() => root.unmount());
      host.remove();
    }
  });
  return (element) => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    mounted.push({ root, host });
    act(() => root.render(element));
    return host;
  };
}
