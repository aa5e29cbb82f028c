import { assetIdsOf } from './export-brief-json';
import { resolveSyncedDesks } from '../../../shared/editor/resolve-synced-desks';
import type { Brief } from '../../../shared/model/brief';
import type { RelatedBriefLink } from '../../../shared/render/render-brief-html';
import { renderBriefMarkdown } from '../../../shared/render/brief-markdown';
import type { LibraryStore } from '../library/library-store';
import type { ExportAsset } from './export-brief-html';
import { exportStem } from '../../../shared/render/export-file-name';

/** A Markdown export of one brief, not yet written. */
export interface MarkdownExport {
  id: string;
  /** `<stem>.md`. */
  fileName: string;
  markdown: string;
  /** The images to copy into `<stem>-assets/` beside it (hero and body). */
  assets: ExportAsset[];
  /** What the analyst should know: missing images, desk blocks no longer in the library, remote images left out. */
  warnings: string[];
}

/** Options of exportBriefMarkdown. */
export interface ExportMarkdownOptions {
  /** File-name stem (`<stem>.md`, `<stem>-assets/`). @default the headline's slug (`exportStem`) */
  stem?: string;
  /** Stems of the other briefs exported with this one, to point related briefs at their .md files. */
  stems?: ReadonlyMap<string, string>;
}

/**
 * One brief of `store` as Markdown (`renderBriefMarkdown`): YAML front matter
 * for the fields, the body with synced desks resolved from the desk library,
 * images referenced as `<stem>-assets/<asset id>` — the files to copy are
 * returned in `assets`. Remote (non-library) images are left out, as in the
 * HTML export. Only reads the library. Throws 'not_found' for an unknown id.
 */
export async function exportBriefMarkdown(store: LibraryStore, id: string, options: ExportMarkdownOptions = {}): Promise<MarkdownExport> {
  const brief: Brief = await store.get(id);
  const stem = options.stem ?? exportStem(brief.headline, id, () => false);
  const assets = new Map<string, ExportAsset>();
  const warnings: string[] = [];
  for (const assetId of assetIdsOf(brief)) {
    const sourcePath = store.assetPath(assetId);
    if (sourcePath === null) warnings.push(`The image ${assetId} is not in the library; it is left out.`);
    else assets.set(assetId, { relativePath: `${stem}-assets/${assetId}`, sourcePath });
  }
  const lookup = (blockId: string) => store.deskLibrary.lookup(blockId);
  for (const blockId of resolveSyncedDesks(brief.body, lookup).missing) {
    warnings.push(`The desk block ${blockId} is no longer in the desk library; its last known text is used.`);
  }
  const titles = new Map(store.list().briefs.map((row) => [row.id, row.headline]));
  const relatedBrief = (relatedId: string): RelatedBriefLink | undefined => {
    const title = titles.get(relatedId);
    if (title === undefined) return undefined;
    const other = options.stems?.get(relatedId);
    return { title, href: other === undefined ? null : `${other}.md` };
  };
  let remote = 0;
  const markdown = renderBriefMarkdown(brief, {
    assetPath: (assetId) => assets.get(assetId)?.relativePath ?? null,
    otherImage: () => {
      remote += 1;
      return null;
    },
    deskBlocks: lookup,
    relatedBrief,
  });
  if (remote > 0) warnings.push(`${remote} image(s) not in the library are left out.`);
  return { id, fileName: `${stem}.md`, markdown, assets: [...assets.values()], warnings };
}
