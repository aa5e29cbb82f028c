import type { RelatedBriefLink } from '../../../shared/render/render-brief-html';
import { renderBriefMarkdown } from '../../../shared/render/brief-markdown';
import type { ExportAsset } from './export-brief-html';
import { exportStem } from '../../../shared/render/export-file-name';
import { missingDeskWarning, missingImageWarning, type PreparedBrief } from './prepare-for-export';

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
 * A prepared brief as Markdown (`renderBriefMarkdown`): YAML front matter
 * for the fields, the body with synced desks as prepared from the desk
 * library, images referenced as `<stem>-assets/<asset id>` — the files to
 * copy are returned in `assets`. Remote (non-library) images are left out,
 * as in the HTML export.
 */
export function exportBriefMarkdown(prepared: PreparedBrief, options: ExportMarkdownOptions = {}): MarkdownExport {
  const { brief } = prepared;
  const stem = options.stem ?? exportStem(brief.headline, brief.id, () => false);
  const assets = new Map<string, ExportAsset>();
  const warnings: string[] = [];
  for (const { assetId, path } of prepared.images) {
    if (path === null) warnings.push(missingImageWarning(assetId));
    else assets.set(assetId, { relativePath: `${stem}-assets/${assetId}`, sourcePath: path });
  }
  warnings.push(...prepared.missingDesks.map(missingDeskWarning));
  const relatedBrief = (relatedId: string): RelatedBriefLink | undefined => {
    const title = prepared.context.title(relatedId);
    if (title === undefined) return undefined;
    const other = options.stems?.get(relatedId);
    return { title, href: other === undefined ? null : `${other}.md` };
  };
  let remote = 0;
  // The body's synced desks are resolved already: no desk blocks are given.
  const markdown = renderBriefMarkdown(
    { ...brief, body: prepared.body },
    {
      assetPath: (assetId) => assets.get(assetId)?.relativePath ?? null,
      otherImage: () => {
        remote += 1;
        return null;
      },
      relatedBrief,
    },
  );
  if (remote > 0) warnings.push(`${remote} image(s) not in the library are left out.`);
  return { id: brief.id, fileName: `${stem}.md`, markdown, assets: [...assets.values()], warnings };
}
