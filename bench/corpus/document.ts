/** One document of the corpus, as another program would have written it. */
export interface CorpusDocument {
  name: string;
  format: 'docx' | 'markdown' | 'html';
  bytes: Uint8Array;
  /** What the reference reader (pandoc) reads: the document itself, or for a saved page its article alone. */
  reference: { bytes: Uint8Array; from: 'docx' | 'markdown' | 'html' };
  /** The address relative links resolve against, when the document says it; null when it does not. */
  baseUrl: string | null;
  /** Notes the document holds (pandoc does not read every HTML note shape as notes). */
  notes: number;
  /** Phrases of a saved page's navigation, ads and widgets: an article import leaves them out. */
  chrome: string[];
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
