import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TestContext } from 'vitest';

// Found the way Node finds the package (also from a copy of the project, as mutation testing makes).
const VNU_JAR = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

/** Whether java is there to run the Nu HTML Checker. */
export const hasJava = spawnSync('java', ['-version']).status === 0;

const NO_JAVA = 'java is not installed, so the Nu HTML Checker cannot run (.ci/run installs openjdk-17-jre-headless)';

/**
 * Call first in a test that needs the Nu HTML Checker. Without java it
 * fails where CI is set (a CI machine must validate) and elsewhere skips
 * the test, saying why.
 */
export function requireJava(context: TestContext): void {
  if (hasJava) return;
  if (process.env.CI) throw new Error(`CI must run the HTML checks, but ${NO_JAVA}.`);
  console.warn(`Skipped: ${NO_JAVA}.`);
  context.skip(NO_JAVA);
}

/** One problem the checker found. */
export interface NuMessage {
  type: string;
  url?: string;
  message: string;
  lastLine?: number;
}

function isNuMessage(value: unknown): value is NuMessage {
  return typeof value === 'object' && value !== null && 'type' in value && 'message' in value && typeof value.message === 'string';
}

/** A document with known errors, checked with every batch: the checker must find them, or its answer is not trusted. */
const CONTROL_DOCUMENT = '<!doctype html><html><body><p><div>Unclosed and misplaced</p>';

function runChecker(files: readonly string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'java',
      ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stderr });
      },
    );
  });
}

/**
 * Check HTML files with the Nu HTML Checker in one run; resolves to the
 * errors it found in them (empty: all valid). A control document with known
 * errors goes along: when the checker gives no answer, an answer that is
 * not its JSON report, or a report that misses the control's errors, this
 * throws — an answer that cannot be read is never taken for a pass.
 */
export async function nuHtmlErrors(files: readonly string[]): Promise<NuMessage[]> {
  if (!existsSync(VNU_JAR)) throw new Error(`The Nu HTML Checker is missing: ${VNU_JAR}`);
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`Nothing to check at ${missing.join(', ')}`);
  const dir = await mkdtemp(path.join(tmpdir(), 'briefdesk-vnu-'));
  const control = path.join(dir, 'control.html');
  try {
    await writeFile(control, CONTROL_DOCUMENT);
    const { code, stderr } = await runChecker([control, ...files]);
    if (stderr.trim() === '') throw new Error(`The Nu HTML Checker gave no answer (exit code ${code}).`);
    let report: unknown;
    try {
      report = JSON.parse(stderr);
    } catch {
      throw new Error(`The Nu HTML Checker's answer is not its JSON report (exit code ${code}): ${stderr.slice(0, 500)}`);
    }
    const messages: unknown = typeof report === 'object' && report !== null && 'messages' in report ? report.messages : undefined;
    if (!Array.isArray(messages) || !messages.every(isNuMessage)) {
      throw new Error(`The Nu HTML Checker's report has no list of messages: ${stderr.slice(0, 500)}`);
    }
    const controlUrl = pathToFileURL(control).href.replace('file:///', 'file:/');
    const isControl = (message: NuMessage): boolean => message.url === controlUrl;
    if (!messages.some(isControl))
      throw new Error('The Nu HTML Checker did not report the errors of a control document; its answer is not trusted.');
    return messages.filter((message) => !isControl(message));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
