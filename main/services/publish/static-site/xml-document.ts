import { createRequire } from 'node:module';

/** jsdom, required on the first document built: loading it takes most of a second, and few runs publish. */
const requireJsdom = (): typeof import('jsdom') => createRequire(import.meta.url)('jsdom') as typeof import('jsdom');

/** The XML namespace (for `xml:lang`). */
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Characters XML 1.0 cannot hold at all, even escaped (controls, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` without the characters XML 1.0 cannot hold. */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** A child element to build: name, attributes, then text or children. */
export interface XmlNode {
  name: string;
  attributes?: Record<string, string | undefined>;
  /** `xml:lang` of the element. */
  lang?: string;
  text?: string;
  children?: readonly (XmlNode | null)[];
}

/**
 * Builds an XML document in one namespace with jsdom's DOM and serialises
 * it with its XMLSerializer, so every text and attribute is escaped by the
 * serializer. Characters XML cannot hold are dropped; attributes left
 * undefined and null children are skipped. Returns the text with an XML
 * declaration and a final newline.
 */
export function buildXml(namespace: string, root: XmlNode): string {
  const { JSDOM } = requireJsdom();
  const { window } = new JSDOM('');
  try {
    const document = window.document.implementation.createDocument(namespace, root.name, null);
    const fill = (element: Element, node: XmlNode): void => {
      for (const [name, value] of Object.entries(node.attributes ?? {})) {
        if (value !== undefined) element.setAttribute(name, xmlSafeText(value));
      }
      if (node.lang !== undefined) element.setAttributeNS(XML_NS, 'xml:lang', xmlSafeText(node.lang));
      if (node.text !== undefined) element.textContent = xmlSafeText(node.text);
      for (const child of node.children ?? []) {
        if (child === null) continue;
        const childElement = document.createElementNS(namespace, child.name);
        fill(childElement, child);
        element.append(childElement);
      }
    };
    const rootElement = document.documentElement;
    if (rootElement === null) throw new Error('An XML document without a root element');
    fill(rootElement, root);
    return `<?xml version="1.0" encoding="utf-8"?>\n${new window.XMLSerializer().serializeToString(document)}\n`;
  } finally {
    window.close();
  }
}
