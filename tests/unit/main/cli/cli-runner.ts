import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { BUILT_CLI } from './built-cli';

const execFileAsync = promisify(execFile);
const cli = BUILT_CLI;

/** What one run of the briefdesk command printed, and its exit code. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (what `bin/briefdesk.js` runs) with `args` as a real child process; never throws on a non-zero exit. */
export async function briefdesk(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [cli, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error instanceof Error ? error : new Error(String(error));
    const field = (name: string): unknown => Reflect.get(failed, name);
    const code = field('code');
    return { code: typeof code === 'number' ? code : -1, stdout: String(field('stdout') ?? ''), stderr: String(field('stderr') ?? '') };
  }
}
