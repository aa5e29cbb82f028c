import { strFromU8, unzipSync } from 'fflate';

/**
 * The default language of a Word document's text (`w:lang w:val` of the
 * styles' document defaults, e.g. "de-DE"), or null when it names none or
 * the package cannot be read. Parsed as XML by jsdom.
 */
export async function docxLanguage(bytes: Uint8Array): Promise<string | null> {
  let xml: string;
  try {
    const files = unzipSync(bytes, { filter: (file) => file.name === 'word/styles.xml' });
    const styles = files['word/styles.xml'];
    if (!styles) return null;
    xml = strFromU8(styles);
  } catch {
    return null;
  }
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const document = new JSDOM(xml, { contentType: 'application/xml', virtualConsole: new VirtualConsole() }).window.document;
  const defaults = Array.from(document.getElementsByTagName('w:docDefaults'))[0];
  const lang = defaults ? Array.from(defaults.getElementsByTagName('w:lang'))[0] : undefined;
  const value = lang?.getAttribute('w:val')?.trim() ?? '';
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value) ? value : null;
}
