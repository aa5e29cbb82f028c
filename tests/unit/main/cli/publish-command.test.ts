import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addPublishableBrief, briefdeskWith } from './cli-publish-runner';
import { storeFixture } from '../../support/store-fixtures';

const fixture = storeFixture();
const PASSWORD = 'Lk9P mN2b Qr7T vW4x Yz1A bC3d';

async function setup() {
  const root = await fixture.tempDir();
  const data = join(root, 'library');
  const env = { BRIEFDESK_KEY_FILE: join(root, 'keys', 'publishing.key'), BRIEFDESK_TARGET_PASSWORD: '' };
  return {
    root,
    data,
    env,
    run: (options: { stdin?: string; env?: Record<string, string> }, ...args: string[]) =>
      briefdeskWith({ ...options, env: { ...env, ...options.env } }, ...args, '--data', data),
  };
}

describe('briefdesk targets, publish and outbox', () => {
  it('adds WordPress targets with the password from stdin or the environment, and never shows it', async () => {
    const { data, run, root } = await setup();
    const fromStdin = await run(
      { stdin: `${PASSWORD}\n` },
      'targets',
      'add',
      'Valley',
      '--wordpress',
      'http://127.0.0.1:9/',
      '--user',
      'chief',
    );
    expect(fromStdin).toMatchObject({ code: 0, stdout: 'Added target “Valley” (http://127.0.0.1:9/).\n' });
    expect(fromStdin.stderr).toContain(join(root, 'keys', 'publishing.key'));
    const fromEnv = await run(
      { env: { BRIEFDESK_TARGET_PASSWORD: 'env-password-1234' } },
      'targets',
      'add',
      'Hill',
      '--wordpress',
      'https://hill.example.org',
      '--user',
      'ed',
    );
    expect(fromEnv.code).toBe(0);
    const folder = await run({}, 'targets', 'add', 'Static', '--folder', join(root, 'site'));
    expect(folder.code).toBe(0);

    const listed = await run({}, 'targets', 'list');
    expect(listed.code).toBe(0);
    expect(listed.stdout.split('\n').filter(Boolean)).toEqual([
      'Valley\twordpress\thttp://127.0.0.1:9/\tchief\tpassword stored',
      'Hill\twordpress\thttps://hill.example.org\ted\tpassword stored',
      `Static\tfolder\t${join(root, 'site')}`,
    ]);
    const json = await run({}, 'targets', 'list', '--json');
    const file = await readFile(join(data, 'targets.json'), 'utf8');
    for (const text of [fromStdin.stdout, fromStdin.stderr, fromEnv.stdout, fromEnv.stderr, listed.stdout, json.stdout, file]) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain('env-password-1234');
    }
    expect(await readFile(join(root, 'keys', 'publishing.key'))).toHaveLength(32);
  });

  it('refuses bad arguments with usage, and an empty password', async () => {
    const { run } = await setup();
    expect((await run({}, 'targets', 'add', 'X')).code).toBe(2);
    expect((await run({}, 'targets', 'add', 'X', '--wordpress', 'https://x.example.org')).stderr).toMatch(/needs --user/);
    const empty = await run({ stdin: '' }, 'targets', 'add', 'X', '--wordpress', 'https://x.example.org', '--user', 'u');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/application password is empty/);
  });

  it('publishes to a folder target; a site that cannot be reached queues it, and outbox --run sends it', async () => {
    const { root, data, run } = await setup();
    const blocker = join(root, 'share');
    await writeFile(blocker, 'not mounted');
    expect((await run({}, 'targets', 'add', 'Share', '--folder', join(blocker, 'site'))).code).toBe(0);
    const id = await addPublishableBrief(data, 'Queued from the command line');

    const queued = await run({}, 'publish', id, '--target', 'share');
    expect(queued.code).toBe(3);
    expect(queued.stdout).toMatch(/Queued in the outbox/);
    const listing = await run({}, 'outbox');
    expect(listing.stdout).toMatch(new RegExp(`\\tqueued\\tshare\\t${id}\\t“Queued from the command line”, 1 attempt\\(s\\)`));

    await rm(blocker);
    await mkdir(blocker);
    const sent = await run({}, 'outbox', '--run');
    expect(sent).toMatchObject({ code: 0 });
    expect(sent.stdout).toContain('Published to Share: file://');
    expect(sent.stdout).toContain('The outbox is empty.');
    expect(await readFile(join(blocker, 'site', 'queued-from-the-command-line', 'index.html'), 'utf8')).toContain(
      'Queued from the command line',
    );

    const again = await run({}, 'publish', id, '--target', 'Share', '--status', 'publish');
    expect(again.code).toBe(0);
  });

  it('refuses a brief that fails the checklist and an unknown target', async () => {
    const { root, data, run } = await setup();
    await run({}, 'targets', 'add', 'Out', '--folder', join(root, 'out'));
    const { LibraryStore } = await import('../../../../main/services/library/library-store');
    const store = await LibraryStore.open(data);
    const { publishableContent } = await import('../../support/publish-fixtures');
    const id = (await store.createFrom({ ...publishableContent(''), standfirst: '' })).id;
    await store.close();
    const blocked = await run({}, 'publish', id, '--target', 'Out');
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('The brief has no headline.');
    expect(blocked.stderr).toContain('The brief has no standfirst.');
    const unknown = await run({}, 'publish', id, '--target', 'Nowhere');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no publishing target named “Nowhere”/);
    expect((await run({}, 'publish', id, '--target', 'Out', '--status', 'future')).stderr).toMatch(/needs --at/);
  });
});
