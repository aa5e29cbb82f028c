import type { WindowLike } from 'dompurify';

const NAMES = [
  'DocumentFragment',
  'HTMLTemplateElement',
  'Node',
  'Element',
  'NodeFilter',
  'NamedNodeMap',
  'HTMLFormElement',
  'DOMParser',
] as const;

/** A window's constructors and document, enough for DOMPurify. */
export type PurifyWindow = WindowLike & { document: Document };

function isPurifyWindow(value: Record<string, unknown>): value is Record<string, unknown> & PurifyWindow {
  return (
    NAMES.every((name) => ['function', 'object'].includes(typeof value[name]) && value[name] !== null) &&
    typeof value.document === 'object' &&
    value.document !== null
  );
}

/**
 * The constructors of a window whose frame is gone: documents it parses
 * belong to no live page, so Chromium neither runs nor even registers their
 * inline event handlers — it does not check them against the page's Content
 * Security Policy (which logs a console error for every `on…` attribute any
 * parser of the page's own window meets, though nothing runs). Pasted HTML is
 * parsed and sanitized here before the page's parsers see it. Null where no
 * such window can be made (no DOM); the caller then uses the page's window.
 */
export function detachedWindow(host: Document): PurifyWindow | null {
  try {
    const frame = host.createElement('iframe');
    frame.hidden = true;
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    host.body.append(frame);
    const realm: unknown = frame.contentWindow;
    const picked: Record<string, unknown> = {};
    if (typeof realm === 'object' && realm !== null) {
      for (const name of [...NAMES, 'document']) picked[name] = Reflect.get(realm, name);
    }
    frame.remove();
    return isPurifyWindow(picked) ? picked : null;
  } catch {
    return null;
  }
}
