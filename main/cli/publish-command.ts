import path from 'node:path';
import { parseArgs } from 'node:util';
import type { OutboxJob } from '../../shared/publish/outbox-job';
import { PublishStatus } from '../../shared/publish/outbox-job';
import type { PublishOutcome } from '../../shared/publish/publish-outcome';
import type { PublishTarget } from '../../shared/publish/target';
import { publishEnvOf } from '../runtime/publish-env';
import { type PublishService, publishServiceOf } from '../services/publish/publish-service';
import { UsageError } from './export-command';
import type { LibraryStore } from '../services/library/library-store';
import { readPassword } from './read-password';
import { idCandidates, resolveBriefId } from './resolve-brief-id';
import { withLibrary } from './with-library';

/** Exit code of a publish left waiting in the outbox (offline, or the site failed). */
export const EXIT_QUEUED = 3;

/** Where the CLI writes. */
export interface CliIo {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** Opens the library for writing (an open app → 'locked'), runs `task` on its publish service (passwords: the key file), closes. */
function withService<T>(data: string, version: string, task: (service: PublishService, store: LibraryStore) => Promise<T>): Promise<T> {
  return withLibrary(data, version, async (store) => task(await publishServiceOf(store, publishEnvOf(store, { version })), store));
}

function targetLine(target: PublishTarget): string {
  if (target.kind === 'folder') return `${target.name}\tfolder\t${target.folder}${target.baseUrl ? `\t${target.baseUrl}` : ''}`;
  return `${target.name}\twordpress\t${target.url}\t${target.username}\t${target.hasPassword ? 'password stored' : 'no password'}`;
}

/**
 * `briefdesk targets add NAME --wordpress URL --user USER` (the application
 * password from BRIEFDESK_TARGET_PASSWORD or standard input),
 * `targets add NAME --folder DIR [--base-url URL]`, `targets list [--json]`,
 * `targets remove NAME`. Passwords are never printed.
 */
export async function runTargets(args: string[], defaultData: string, version: string, io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      wordpress: { type: 'string' },
      user: { type: 'string' },
      folder: { type: 'string' },
      'base-url': { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const data = values.data ?? defaultData;
  if (action === 'list') {
    return withService(data, version, async (service) => {
      const targets = service.targets.list();
      io.out.write(values.json ? `${JSON.stringify(targets, null, 2)}\n` : targets.map((target) => `${targetLine(target)}\n`).join(''));
      return 0;
    });
  }
  if (action === 'remove') {
    const name = positionals[0];
    if (name === undefined) throw new UsageError('targets remove needs the target’s name');
    return withService(data, version, async (service) => {
      await service.targets.delete(service.targets.find(name).id);
      io.out.write(`Removed target “${name}”.\n`);
      return 0;
    });
  }
  if (action !== 'add') throw new UsageError('targets needs add, list or remove');
  const name = positionals[0];
  if (name === undefined) throw new UsageError('targets add needs a name');
  if ((values.wordpress === undefined) === (values.folder === undefined))
    throw new UsageError('targets add needs either --wordpress URL or --folder DIR');
  if (values.wordpress !== undefined && values.user === undefined) throw new UsageError('targets add --wordpress needs --user USER');
  const input =
    values.folder !== undefined
      ? { name, kind: 'folder' as const, folder: path.resolve(values.folder), baseUrl: values['base-url'] ?? null }
      : {
          name,
          kind: 'wordpress' as const,
          url: values.wordpress ?? '',
          username: values.user ?? '',
          applicationPassword: await readPassword(io.env, io.input),
        };
  return withService(data, version, async (service) => {
    const existing = service.targets.list().find((target) => target.name.toLowerCase() === name.toLowerCase());
    const saved = await service.targets.save(existing ? { ...input, id: existing.id } : input);
    io.out.write(`${existing ? 'Updated' : 'Added'} target “${saved.name}” (${saved.kind === 'folder' ? saved.folder : saved.url}).\n`);
    if (saved.kind === 'wordpress') io.err.write(`briefdesk: ${service.secrets.description}\n`);
    return 0;
  });
}

function jobLine(job: OutboxJob): string {
  const next = job.state === 'queued' && job.nextAttemptAt ? `, next attempt ${job.nextAttemptAt}` : '';
  const why = job.lastError ? ` — ${job.lastError}` : '';
  return `${job.id}\t${job.state}\t${job.targetId}\t${job.briefId}\t“${job.headline || 'Untitled brief'}”, ${job.attempts} attempt(s)${next}${why}\n`;
}

/** Prints what a publish came to; resolves to the exit code (0 published, 3 queued, 1 otherwise). */
function report(outcome: PublishOutcome, io: CliIo): number {
  switch (outcome.state) {
    case 'published':
      for (const warning of outcome.warnings) io.err.write(`briefdesk: ${warning}\n`);
      io.out.write(`Published to ${outcome.publication.targetName}: ${outcome.publication.link}\n`);
      return 0;
    case 'queued':
      io.out.write(`${outcome.message}\nJob ${outcome.job.id} is in the outbox; \`briefdesk outbox --run\` sends it.\n`);
      return EXIT_QUEUED;
    case 'needs_decision':
      io.err.write(`briefdesk: ${outcome.message}\nNothing was published. Run again with --overwrite to replace the site's copy.\n`);
      return 1;
    case 'failed':
      io.err.write(`briefdesk: not published: ${outcome.message}\n`);
      return 1;
    case 'blocked':
      for (const item of outcome.checklist.errors) io.err.write(`briefdesk: ${item.message}\n`);
      io.err.write('briefdesk: not published: fix the problems above first.\n');
      return 1;
  }
}

/** `briefdesk publish ID --target NAME [--status S] [--at ISO-TIME] [--overwrite]`. Warnings of the checklist are printed and accepted. */
export async function runPublish(args: string[], defaultData: string, version: string, io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      target: { type: 'string' },
      status: { type: 'string' },
      at: { type: 'string' },
      overwrite: { type: 'boolean' },
    },
  });
  const given = positionals[0];
  if (given === undefined || positionals.length > 1) throw new UsageError('publish needs one brief id');
  if (values.target === undefined) throw new UsageError('publish needs --target NAME');
  const status = PublishStatus.safeParse(values.status ?? 'publish');
  if (!status.success) throw new UsageError('--status must be draft, pending, publish or future');
  let at: string | undefined;
  if (values.at !== undefined) {
    const time = new Date(values.at);
    if (Number.isNaN(time.getTime())) throw new UsageError(`--at “${values.at}” is not a date and time`);
    at = time.toISOString();
  }
  if (status.data === 'future' && at === undefined) throw new UsageError('--status future needs --at ISO-TIME');
  const target = values.target;
  return withService(values.data ?? defaultData, version, async (service, store) => {
    const id = resolveBriefId(given, idCandidates(store));
    const checklist = await service.checkBrief(id);
    for (const item of checklist.warnings) io.err.write(`briefdesk: warning: ${item.message}\n`);
    const outcome = await service.publish({
      id,
      targetId: service.targets.find(target).id,
      status: status.data,
      at,
      acknowledgeWarnings: true,
      overwrite: values.overwrite ?? false,
    });
    return report(outcome, io);
  });
}

/** `briefdesk outbox [--run] [--json]`: the waiting publishes; with --run every queued one is tried now first. */
export async function runOutbox(args: string[], defaultData: string, version: string, io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { data: { type: 'string' }, run: { type: 'boolean' }, json: { type: 'boolean' } } });
  return withService(values.data ?? defaultData, version, async (service) => {
    let code = 0;
    if (values.run) {
      for (const outcome of await service.runDue({ all: true })) {
        const result = report(outcome, io);
        if (result !== 0) code = 1;
      }
    }
    const jobs = service.listOutbox();
    if (values.json) io.out.write(`${JSON.stringify(jobs, null, 2)}\n`);
    else io.out.write(jobs.length === 0 ? 'The outbox is empty.\n' : jobs.map(jobLine).join(''));
    return code;
  });
}
