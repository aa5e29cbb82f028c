/** What the tests read from a PDF file without a PDF library: Chromium writes its structure uncompressed. */
export interface PdfFacts {
  /** Starts with `%PDF-`. */
  header: boolean;
  /** Ends with `%%EOF` (and a line break or not). */
  eof: boolean;
  /** Page objects (`/Type /Page`, not `/Pages`). */
  pages: number;
  /** The document information Title, decoded, or null. */
  title: string | null;
  /** An image XObject is in the file. */
  hasImage: boolean;
  /** A document outline (bookmarks) is in the file. */
  hasOutline: boolean;
}

/** A PDF literal string `( … )` body, with its backslash escapes undone, as bytes. */
function literalBytes(body: string): Buffer {
  const unescaped = body.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_all, code: string) => {
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
    return simple[code] ?? String.fromCharCode(Number.parseInt(code, 8));
  });
  return Buffer.from(unescaped, 'latin1');
}

/** Text of a PDF string: UTF-16BE after a FEFF mark, else PDFDocEncoding (read as Latin-1). */
function pdfText(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return bytes.toString('latin1');
}

/** Reads the facts above from a PDF's bytes. */
export function pdfFacts(pdf: Uint8Array): PdfFacts {
  const text = Buffer.from(pdf).toString('latin1');
  const hex = /\/Title\s*<([0-9A-Fa-f\s]*)>/.exec(text);
  const literal = /\/Title\s*\(((?:\\.|[^\\)])*)\)/.exec(text);
  const title =
    hex?.[1] !== undefined
      ? pdfText(Buffer.from(hex[1].replace(/\s/g, ''), 'hex'))
      : literal?.[1] !== undefined
        ? pdfText(literalBytes(literal[1]))
        : null;
  return {
    header: text.startsWith('%PDF-'),
    eof: /%%EOF\s*$/.test(text),
    pages: (text.match(/\/Type\s*\/Page\b/g) ?? []).length,
    title,
    hasImage: /\/Subtype\s*\/Image\b/.test(text),
    hasOutline: /\/Outlines\b/.test(text),
  };
}
