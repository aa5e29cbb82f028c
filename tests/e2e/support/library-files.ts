import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Brief } from '../../../shared/model/brief';
import { Revision } from '../../../shared/revisions/revision';

/** One brief file in a library folder, as found on disk. */
export interface BriefFile {
  id: string;
  path: string;
  /** The file's text, exactly as stored. */
  text: string;
  /** The file parsed with the brief schema (so it is also checked to be a valid brief). */
  brief: Brief;
}

/** articles/<id>.json in a library folder. */
export function briefFilePath(dataDir: string, id: string): string {
  return path.join(dataDir, 'articles', `${id}.json`);
}

/** assets/<asset id> in a library folder. */
export function assetFilePath(dataDir: string, assetId: string): string {
  return path.join(dataDir, 'assets', assetId);
}

/** Every brief file in the library folder (live and trashed). */
export async function readBriefFiles(dataDir: string): Promise<BriefFile[]> {
  const dir = path.join(dataDir, 'articles');
  const names = existsSync(dir) ? await readdir(dir) : [];
  const files: BriefFile[] = [];
  for (const name of names.filter((entry) => entry.endsWith('.json'))) {
    const filePath = path.join(dir, name);
    const text = await readFile(filePath, 'utf8');
    files.push({ id: name.slice(0, -'.json'.length), path: filePath, text, brief: Brief.parse(JSON.parse(text)) });
  }
  return files;
}

/** The brief file whose headline is `headline`, or undefined. */
export async function findBriefFile(dataDir: string, headline: string): Promise<BriefFile | undefined> {
  const files = await readBriefFiles(dataDir);
  return files.find((file) => file.brief.headline === headline);
}

/** Names of the files in quarantine/. */
export async function quarantinedFileNames(dataDir: string): Promise<string[]> {
  const dir = path.join(dataDir, 'quarantine');
  return existsSync(dir) ? readdir(dir) : [];
}

/** The revisions kept for a brief (revisions/<id>/*.json), each checked against the revision schema, oldest first; none when it has no folder. */
export async function readRevisionFiles(dataDir: string, briefId: string): Promise<Revision[]> {
  const dir = path.join(dataDir, 'revisions', briefId);
  const names = existsSync(dir) ? (await readdir(dir)).filter((name) => name.endsWith('.json')).sort() : [];
  const revisions: Revision[] = [];
  for (const name of names) revisions.push(Revision.parse(JSON.parse(await readFile(path.join(dir, name), 'utf8'))));
  return revisions;
}
