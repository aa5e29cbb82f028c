import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DurableJsonFile } from '../../../../../main/services/library/durable-json-file';

const Settings = z.object({ theme: z.string() });
type Settings = z.infer<typeof Settings>;

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdesk-json-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('DurableJsonFile', () => {
  it('round-trips through lowdb, pretty-printed', async () => {
    const path = join(dir, 'settings.json');
    const db = new Low<Settings>(new DurableJsonFile(path, (value) => Settings.parse(value)), { theme: 'light' });
    await db.update((data) => {
      data.theme = 'dark';
    });
    expect(await readFile(path, 'utf8')).toBe(JSON.stringify({ theme: 'dark' }, null, 2));

    const again = new Low<Settings>(new DurableJsonFile(path, (value) => Settings.parse(value)), { theme: 'light' });
    await again.read();
    expect(again.data).toEqual({ theme: 'dark' });
  });

  it('reads a missing file as null and text that is not JSON as damaged', async () => {
    const adapter = new DurableJsonFile(join(dir, 'settings.json'), (value) => Settings.parse(value));
    expect(await adapter.read()).toBeNull();
    await writeFile(adapter.path, '{"theme": ');
    await expect(adapter.read()).rejects.toMatchObject({ code: 'damaged', message: expect.stringMatching(/^Not valid JSON: /) });
  });
});
