import type { NodeViewRenderer } from '@tiptap/core';
import { ReactNodeViewRenderer, type ReactNodeViewProps, type ReactNodeViewRendererOptions } from '@tiptap/react';
import type { ComponentType } from 'react';

const DRAG_EVENTS = new Set(['dragenter', 'dragover', 'dragleave', 'drop']);

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
}

/** Where an event or DOM change happened relative to a node view. */
interface ViewParts {
  dom: () => Node | null;
  contentDOM: () => Node | null;
}

function inChrome(parts: ViewParts, target: EventTarget | Node | null): boolean {
  if (!(target instanceof Node)) return false;
  const content = parts.contentDOM();
  if (content?.contains(target)) return false;
  return parts.dom()?.contains(target) ?? false;
}

/**
 * A React node view whose chrome (everything outside the content: headers,
 * buttons, inputs) belongs to React. ProseMirror ignores events there (typing
 * in an input, clicking a button), except drags passing over it, which the
 * editor's drop handling needs; a drop into a text field stays the field's
 * own. React's DOM changes to the chrome are not read as document edits.
 */
export function chromeNodeView<T = HTMLElement>(
  component: ComponentType<ReactNodeViewProps<T>>,
  options: Partial<Omit<ReactNodeViewRendererOptions, 'stopEvent' | 'ignoreMutation'>> = {},
): NodeViewRenderer {
  return (props) => {
    let dom: Node | null = null;
    let contentDOM: Node | null = null;
    const parts: ViewParts = { dom: () => dom, contentDOM: () => contentDOM };
    const view = ReactNodeViewRenderer(component, {
      ...options,
      stopEvent: ({ event }) => {
        if (!inChrome(parts, event.target)) return false;
        if (DRAG_EVENTS.has(event.type)) return isTextField(event.target);
        return true;
      },
      ignoreMutation: ({ mutation }) => {
        if (mutation.type === 'selection') return false;
        if (mutation.type === 'attributes' && mutation.target === contentDOM) return true;
        return !(contentDOM?.contains(mutation.target) ?? false);
      },
    })(props);
    dom = view.dom;
    contentDOM = view.contentDOM ?? null;
    return view;
  };
}
