import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** A browser shell (`node dist/web/main.js`) started by the bench, with the moments it reached. */
export interface BenchShell {
  url: string;
  token: string;
  origin: string;
  pid: number;
  /** performance.now() just before the process was spawned. */
  spawnedAt: number;
  /** performance.now() when it printed the line with its URL (the server is listening). */
  listeningAt: number;
  stop: () => Promise<void>;
}

/** Start the built browser shell of `root` on `dataDir` and wait for its URL line. */
export async function startShell(root: string, dataDir: string): Promise<BenchShell> {
  const spawnedAt = performance.now();
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    [join(root, 'dist/web/main.js'), '--data', dataDir, '--port', '0'],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The browser shell did not print its URL within 60 s:\n${stderr}`)), 60_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The browser shell exited (${code}) before printing its URL:\n${stderr}`));
    });
  });
  const listeningAt = performance.now();
  const parsed = new URL(url);
  return {
    url,
    token: parsed.searchParams.get('token') ?? '',
    origin: parsed.origin,
    pid: child.pid ?? -1,
    spawnedAt,
    listeningAt,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Resident set size of a process, in MB (Linux: VmRSS of /proc/<pid>/status). */
export async function residentMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
  if (kb === undefined) throw new Error(`No VmRSS for process ${pid}.`);
  return Number(kb) / 1024;
}

/** The answer of an API call: the method's value, or why it failed. */
export type ApiAnswer = { ok: true; value: unknown } | { ok: false; message: string };

/** Call a contract method of a running shell over HTTP, as the renderer does (POST /api/<method>, bearer token). */
export async function callApi(shell: BenchShell, method: string, input: unknown): Promise<ApiAnswer> {
  const response = await fetch(`${shell.origin}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${shell.token}`, 'content-type': 'application/json', origin: shell.origin },
    body: JSON.stringify(input),
  });
  const text = await response.text();
  if (!response.ok) return { ok: false, message: `HTTP ${response.status}: ${text}` };
  const wire = JSON.parse(text) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  return wire.ok ? { ok: true, value: wire.value } : { ok: false, message: `${wire.error?.code}: ${wire.error?.message}` };
}
