import { readBriefdeskPage, briefdeskJsonLd } from './import-briefdesk-page';
import { importDom } from './import-dom';
import { type ImportDraft, newDraft } from './import-draft';
import { readForeignPage } from './import-foreign-html';

/**
 * An HTML page read into a draft: one exported by Briefdesk comes back
 * exactly (readBriefdeskPage); any other page is mapped by its structure
 * (readForeignPage). The page is parsed by jsdom, which runs no script and
 * loads nothing; its content is sanitized before it is used.
 */
export async function readHtmlPage(html: string, baseDir: string | undefined): Promise<ImportDraft> {
  const page = (await importDom()).parsePage(html);
  try {
    const draft = newDraft('html');
    const jsonLd = briefdeskJsonLd(page);
    return await (jsonLd ? readBriefdeskPage(draft, page, jsonLd, baseDir) : readForeignPage(draft, page, baseDir));
  } finally {
    page.defaultView?.close();
  }
}
