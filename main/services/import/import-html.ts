import { readBriefdeskPage, briefdeskJsonLd } from './import-briefdesk-page';
import { importDom } from './import-dom';
import { type ImportDraft, newDraft } from './import-draft';
import { type ForeignPageOptions, readForeignPage } from './import-foreign-html';

/**
 * An HTML page read into a draft: one exported by Briefdesk comes back
 * exactly (readBriefdeskPage); any other page comes in as its article, or
 * whole with `wholePage` (readForeignPage). The page is parsed by jsdom, which runs no script and
 * loads nothing; its content is sanitized before it is used.
 */
export async function readHtmlPage(html: string, options: ForeignPageOptions = {}): Promise<ImportDraft> {
  const page = (await importDom()).parsePage(html);
  try {
    const draft = newDraft('html');
    const jsonLd = briefdeskJsonLd(page);
    return await (jsonLd ? readBriefdeskPage(draft, page, jsonLd, options.baseDir) : readForeignPage(draft, page, options));
  } finally {
    page.defaultView?.close();
  }
}
