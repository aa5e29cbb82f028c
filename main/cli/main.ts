import path from 'node:path';
import { parseArgs } from 'node:util';
import { BriefdeskError } from '../../shared/model/errors';
import { defaultDataDir } from '../services/data-dir';
import { LibraryStore } from '../services/library-store';
import { formatListing } from './list-command';

const usage = `Usage: briefdesk <command> [options]

Commands:
  list [--data DIR] [--json]   print the library, newest first

Options:
  --data DIR   the library folder (default: ${defaultDataDir()})
  --json       machine-readable output
  -h, --help   this help`;

class UsageError extends Error {}

async function list(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { data: { type: 'string' }, json: { type: 'boolean' }, trash: { type: 'boolean' } },
  });
  const dataDir = path.resolve(values.data ?? defaultDataDir());
  const store = await LibraryStore.open(dataDir, { readOnly: true });
  try {
    const listing = store.list({ trash: values.trash ?? false });
    process.stdout.write(values.json ? `${JSON.stringify(listing, null, 2)}\n` : formatListing(listing));
  } finally {
    await store.close();
  }
}

const commands: Record<string, (args: string[]) => Promise<void>> = { list };

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(`${usage}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  await command(rest);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usageProblem = error instanceof UsageError || (error instanceof TypeError && 'code' in error);
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`briefdesk: ${message}${usageProblem ? `\n\n${usage}` : ''}\n`);
    process.exitCode = error instanceof BriefdeskError || !usageProblem ? 1 : 2;
  },
);
