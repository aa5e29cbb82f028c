import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './fixtures';
import type { Brief } from '../../shared/model/brief';
import { BriefdeskApi } from './support/briefdesk-api';
import { briefFilePath, findBriefFile, quarantinedFileNames } from './support/library-files';
import { startsWith } from './support/starts-with';

const GOOD = 'Yemen truce holds for a third week';
const DAMAGED = 'Iraq resumes oil exports through Ceyhan';

interface Damage {
  title: string;
  /** The bytes that replace the brief's file while the server is stopped. */
  bytes: (brief: Brief) => Buffer;
  /** What the "Damaged files" group says about it. */
  reason: RegExp;
}

const damages: Damage[] = [
  {
    title: 'a file cut off mid-write (not JSON)',
    bytes: (brief) => Buffer.from(JSON.stringify(brief, null, 2).slice(0, 120)),
    reason: /Not valid JSON/,
  },
  {
    title: 'valid JSON that breaks the brief format (headline: 42)',
    bytes: (brief) => Buffer.from(JSON.stringify({ ...brief, headline: 42 }, null, 2)),
    reason: /headline: expected string, received number/,
  },
];

for (const damage of damages) {
  test(`a damaged brief file — ${damage.title} — is set aside untouched; the rest of the library works`, async ({
    shell,
    launchShell,
    dataDir,
    request,
    briefdesk,
  }) => {
    const api = new BriefdeskApi(request, shell);
    await api.createBrief({ headline: GOOD, section: 'Middle East' });
    const victim = await api.createBrief({ headline: DAMAGED, tags: ['energy'] });
    expect(await shell.stop()).toBe(0);

    const damagedBytes = damage.bytes(victim);
    await writeFile(briefFilePath(dataDir, victim.id), damagedBytes);

    const restarted = await launchShell();
    await briefdesk.open(restarted);

    await expect(briefdesk.briefItems).toHaveText([startsWith(GOOD)]);
    await expect(briefdesk.damagedFiles).toBeVisible();
    const row = briefdesk.damagedItem(victim.id);
    await expect(row).toContainText(damage.reason);
    await expect(row).toContainText(`Moved to quarantine${path.sep}${victim.id}.`);

    // Moved, byte for byte, never rewritten.
    expect(existsSync(briefFilePath(dataDir, victim.id))).toBe(false);
    const quarantined = await quarantinedFileNames(dataDir);
    expect(quarantined).toEqual([expect.stringMatching(new RegExp(`^${victim.id}\\..+\\.json$`))]);
    const movedBytes = await readFile(path.join(dataDir, 'quarantine', quarantined[0] ?? ''));
    expect(movedBytes.equals(damagedBytes)).toBe(true);

    // The good brief is still a normal brief: open, edit, saved.
    await briefdesk.openBrief(GOOD);
    await briefdesk.standfirst.fill('Both sides have kept their guns silent since the prisoner exchange.');
    await briefdesk.expectSaved();
    await expect
      .poll(async () => (await findBriefFile(dataDir, GOOD))?.brief.standfirst)
      .toBe('Both sides have kept their guns silent since the prisoner exchange.');
  });
}
