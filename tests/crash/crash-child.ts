import { type ChildProcessByStdio, spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { ChildLine, type GoLine } from './protocol';

/** The child must report "start" this long after being told to go, at the latest. */
const START_TIMEOUT_MS = 20_000;

/** What one run of the child reported, and how it ended. */
export interface ChildRun {
  lines: ChildLine[];
  /** True when it ended by our SIGKILL after starting; anything else is a failure. */
  killed: boolean;
  exit: string;
  stderr: string;
}

/**
 * One child process, spawned ahead so its modules are loaded while the
 * previous kill is being checked; it waits for `run` before it touches the
 * library. A child whose stdin closes exits, so none outlives the harness.
 */
export class CrashChild {
  readonly #process: ChildProcessByStdio<Writable, Readable, Readable>;
  readonly #lines: ChildLine[] = [];
  readonly #closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  #stderr = '';
  #onStart: (() => void) | null = null;

  constructor(childJs: string, dataDir: string) {
    this.#process = spawn(process.execPath, [childJs, dataDir], { stdio: ['pipe', 'pipe', 'pipe'] });
    let pending = '';
    this.#process.stdout.setEncoding('utf8');
    this.#process.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const complete = pending.split('\n');
      // A line cut by the kill was never acknowledged: only complete lines count.
      pending = complete.pop() ?? '';
      for (const text of complete) {
        const line = ChildLine.parse(JSON.parse(text));
        this.#lines.push(line);
        if (line.t === 'start') this.#onStart?.();
      }
    });
    // A child that died early cannot be written to; its exit says what happened.
    this.#process.stdin.on('error', () => undefined);
    this.#process.stderr.setEncoding('utf8');
    this.#process.stderr.on('data', (chunk: string) => {
      this.#stderr += chunk;
    });
    this.#closed = new Promise((resolve) => this.#process.on('close', (code, signal) => resolve({ code, signal })));
  }

  /** Let the child start, SIGKILL it `delayMs` after it reports "start", and resolve once its pipes are closed. */
  async run(go: GoLine, delayMs: number): Promise<ChildRun> {
    let killTimer: NodeJS.Timeout | undefined;
    const startTimer = setTimeout(() => this.#process.kill('SIGKILL'), START_TIMEOUT_MS);
    this.#onStart = () => {
      clearTimeout(startTimer);
      killTimer ??= setTimeout(() => this.#process.kill('SIGKILL'), delayMs);
    };
    this.#process.stdin.write(`${JSON.stringify(go)}\n`);
    const { code, signal } = await this.#closed;
    clearTimeout(startTimer);
    clearTimeout(killTimer);
    return {
      lines: this.#lines,
      killed: signal === 'SIGKILL' && killTimer !== undefined,
      exit: signal ?? `code ${code}`,
      stderr: this.#stderr,
    };
  }

  /** Stop a child that was never run. */
  async dispose(): Promise<void> {
    this.#process.kill('SIGKILL');
    await this.#closed;
  }
}
