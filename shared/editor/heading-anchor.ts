import { Extension } from '@tiptap/core';
import { validAnchor } from './valid-anchor';

/**
 * A heading's anchor: the name links inside the document point at
 * (`#the-anchor`), kept from an imported document so its internal links
 * keep working. Rendered as `data-anchor` (never an `id` inside the app,
 * where it could clash with the app's own); exports make it the heading's
 * `id` (sanitizeBodyHtml). Read from `data-anchor`, else the `id`.
 */
export const HeadingAnchor = Extension.create({
  name: 'headingAnchor',

  addGlobalAttributes() {
    return [
      {
        types: ['heading'],
        attributes: {
          anchor: {
            default: null,
            parseHTML: (element: HTMLElement) => validAnchor(element.getAttribute('data-anchor') ?? element.getAttribute('id')),
            renderHTML: (attributes: Record<string, unknown>) => {
              const anchor = typeof attributes.anchor === 'string' ? validAnchor(attributes.anchor) : null;
              return anchor ? { 'data-anchor': anchor } : {};
            },
          },
        },
      },
    ];
  },
});
