import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BriefdeskError } from '../../shared/model/errors';
import { defaultDataDir } from '../services/library/data-dir';
import { LibraryStore } from '../services/library/library-store';
import { appVersion } from '../shell/app-version';
import { parseBackupArgs, parseRestoreArgs, runBackup, runRestore } from './backup-command';
import { parseExportArgs, runExport, UsageError } from './export-command';
import { parseImportArgs, runImport } from './import-command';
import { formatListing } from './list-command';
import { runOutbox, runPublish, runTargets } from './publish-command';

const usage = `Usage: briefdesk <command> [options]

Commands:
  list [--data DIR] [--json]   print the library, newest first
  export (ID… | --all) --format html|md|pdf|json --out DIR [--data DIR] [--images embed|folder] [--no-footer]
                               write each brief to DIR as a standalone HTML page, Markdown,
                               a PDF or a lossless JSON file, named from its headline;
                               several HTML pages also get an index.html linking them
                               (index-2.html… when index.html is already there)
  import FILE… [--data DIR] [--whole-page] [--keep-empty]
                               add each file as a new brief: a Briefdesk JSON export, Markdown,
                               HTML, Word (.docx) or plain text shaped like a brief (images are
                               read from the file's folder; a web page comes in as its article
                               unless --whole-page; a document holding nothing is skipped unless
                               --keep-empty); one line per file saying what was recognised,
                               warnings on stderr, exit code 1 if any failed
  backup --out FILE [--data DIR]
                               write the whole library (briefs, revisions, images, templates,
                               desk library) into one zip with a manifest of checksums
  restore FILE --into DIR      check a backup and restore it into DIR, a new or empty folder
  targets add NAME --wordpress URL --user USER [--data DIR]
                               add (or change) a WordPress site; the application password is read
                               from BRIEFDESK_TARGET_PASSWORD or standard input, stored encrypted
  targets add NAME --folder DIR [--base-url URL] [--data DIR]
                               add (or change) a static-site folder
  targets list [--json] | targets remove NAME
                               the publishing targets (passwords are never shown)
  publish ID --target NAME [--status draft|pending|publish|future] [--at ISO-TIME] [--overwrite]
                               check the brief, then publish it; exit code 0 published, 3 queued in
                               the outbox (site unreachable), 1 otherwise — a post changed on the
                               site is never replaced without --overwrite
  outbox [--run] [--json]      the publishes waiting; --run tries every queued one now

Options:
  --data DIR        the library folder (default: ${defaultDataDir()})
  --json            machine-readable output
  --all             every brief in the library (not the Trash)
  --format FORMAT   html: one self-contained page per brief; md: Markdown with YAML front matter,
                    images beside it; pdf: the page printed to A4 by Chromium (found in the usual
                    places, or set BRIEFDESK_CHROMIUM to its path); json: the brief, its images
                    and desk blocks
  --out DIR         the folder to write into (created if missing; existing files are never replaced)
  --images MODE     embed (default): images inside the page; folder: in DIR/<name>-assets/
  --no-footer       no "Exported from Briefdesk" line under HTML and PDF pages (and the index page)
  -h, --help        this help

An ID may be shortened to any beginning that only one brief's id has (as \`briefdesk list\` prints
them); when several briefs' ids begin so, they are listed.

list, export and backup open the library read-only: they work while Briefdesk has it open.
import, targets, publish and outbox change the library, so Briefdesk must be closed first.`;

/** The app's version, from package.json beside the built code's folder. */
function version(): string {
  return appVersion(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../package.json'));
}

async function list(args: string[]): Promise<number> {
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
  return 0;
}

async function exportCommand(args: string[]): Promise<number> {
  await runExport(parseExportArgs(args, defaultDataDir()), `Briefdesk ${version()}`, process.stdout, process.stderr);
  return 0;
}

async function importCommand(args: string[]): Promise<number> {
  return runImport(parseImportArgs(args, defaultDataDir()), version(), process.stdout, process.stderr);
}

async function backupCommand(args: string[]): Promise<number> {
  return runBackup(parseBackupArgs(args, defaultDataDir()), version(), process.stdout);
}

async function restoreCommand(args: string[]): Promise<number> {
  return runRestore(parseRestoreArgs(args), process.stdout);
}

const io = { out: process.stdout, err: process.stderr, input: process.stdin, env: process.env };

/** Each command resolves to its exit code. */
const commands: Record<string, (args: string[]) => Promise<number>> = {
  list,
  export: exportCommand,
  import: importCommand,
  backup: backupCommand,
  restore: restoreCommand,
  targets: (args) => runTargets(args, defaultDataDir(), version(), io),
  publish: (args) => runPublish(args, defaultDataDir(), version(), io),
  outbox: (args) => runOutbox(args, defaultDataDir(), version(), io),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(`${usage}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  return command(rest);
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
