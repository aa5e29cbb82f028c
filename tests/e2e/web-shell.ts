import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const root = path.resolve(import.meta.dirname, '../..');

/** A running browser shell (`node dist/web/main.js`) on its own data dir. */
export class WebShell {
  private constructor(
    readonly dataDir: string,
    readonly url: string,
    readonly token: string,
    private readonly child: ChildProcessWithoutNullStreams,
    readonly stdoutLines: string[],
  ) {}

  /** The server's origin, e.g. http://127.0.0.1:41234 */
  get origin(): string {
    return new URL(this.url).origin;
  }

  /** Starts the built browser shell and waits for the line with its URL. */
  static async start(dataDir: string, port = 0): Promise<WebShell> {
    const child = spawn(process.execPath, [path.join(root, 'dist/web/main.js'), '--data', dataDir, '--port', String(port)], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    const lines: string[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const url = await new Promise<string>((resolve, reject) => {
      const reader = createInterface({ input: child.stdout });
      reader.on('line', (line) => {
        lines.push(line);
        const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(line);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`The browser shell exited (${code}) before printing its URL:\n${stderr}`)));
      setTimeout(() => reject(new Error(`The browser shell did not print its URL within 20 s:\n${stderr}`)), 20_000);
    });
    const token = new URL(url).searchParams.get('token') ?? '';
    return new WebShell(dataDir, url, token, child, lines);
  }

  /** Sends a signal and resolves with the exit code. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    this.child.kill(signal);
    return exited;
  }
}
