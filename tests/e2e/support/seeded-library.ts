import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BRIEF_SCHEMA_VERSION, blankBriefContent, type Brief, type BriefContent } from '../../../shared/model/brief';
import { briefFilePath } from './library-files';

/**
 * `count` brief files written straight into a library folder before its
 * shell starts (no index.db: the shell builds it on open, its progress shown):
 * far quicker than saving each through the app. Brief `index` has the id
 * `seeded-<index, 5 digits>`, was last updated `index` minutes after
 * 2025-01-01 (so the highest index is the newest) and takes its fields from
 * `fields(index)`. Resolves with the briefs as written.
 */
export async function seedBriefFiles(dataDir: string, count: number, fields: (index: number) => Partial<BriefContent>): Promise<Brief[]> {
  await mkdir(path.join(dataDir, 'articles'), { recursive: true });
  const briefs: Brief[] = [];
  for (let index = 0; index < count; index += 1) {
    const at = new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString();
    const brief: Brief = {
      ...blankBriefContent(),
      ...fields(index),
      schemaVersion: BRIEF_SCHEMA_VERSION,
      id: `seeded-${String(index).padStart(5, '0')}`,
      revision: 0,
      createdAt: at,
      updatedAt: at,
      trashedAt: null,
    };
    await writeFile(briefFilePath(dataDir, brief.id), JSON.stringify(brief));
    briefs.push(brief);
  }
  return briefs;
}
