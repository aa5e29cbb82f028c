import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readJsonFile } from '../../../../../main/services/library/read-json-file';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdesk-read-json-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const Settings = z.object({ theme: z.string() });

describe('readJsonFile', () => {
  it('reads and checks a JSON file; a missing file is null', async () => {
    await writeFile(join(dir, 'settings.json'), '{"theme":"dark"}');
    expect(await readJsonFile(join(dir, 'settings.json'), (value) => Settings.parse(value))).toEqual({ theme: 'dark' });
    expect(await readJsonFile(join(dir, 'absent.json'), (value) => Settings.parse(value))).toBeNull();
  });

  it('reports a file it cannot read as an io error naming it, never as absent (it would be written over)', async () => {
    await mkdir(join(dir, 'settings.json'));
    await expect(readJsonFile(join(dir, 'settings.json'), (value) => value)).rejects.toMatchObject({
      code: 'io',
      message: expect.stringContaining(join(dir, 'settings.json')),
    });
  });

  it("reports text that is not JSON as damaged, with the parser's own error kept as the cause for the log", async () => {
    await writeFile(join(dir, 'settings.json'), '{"theme": "dark"');
    const error: unknown = await readJsonFile(join(dir, 'settings.json'), (value) => value).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'damaged', message: expect.stringMatching(/^Not valid JSON: ./) });
    expect(error instanceof Error && error.cause).toBeInstanceOf(SyntaxError);
  });
});
