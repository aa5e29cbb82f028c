import { spawn } from 'node:child_process';
import { LibraryStore } from '../../../../main/services/library/library-store';
import type { CliResult } from './cli-runner';
import { publishableContent } from '../../support/publish-fixtures';
import { BUILT_CLI } from './built-cli';

const cli = BUILT_CLI;

/** Runs the built CLI (what `bin/briefdesk.js` runs) as a child process with `env` added and `stdin` written to its input; never throws on a non-zero exit. */
export function briefdeskWith(options: { env?: Record<string, string>; stdin?: string }, ...args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

/** Adds a brief that passes the checklist to the library in `dataDir` (opened and closed again); returns its id. */
export async function addPublishableBrief(dataDir: string, headline: string): Promise<string> {
  const store = await LibraryStore.open(dataDir);
  try {
    return (await store.createFrom(publishableContent(headline))).id;
  } finally {
    await store.close();
  }
}
