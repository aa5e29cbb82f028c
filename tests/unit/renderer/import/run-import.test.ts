import { describe, expect, it } from 'vitest';
import { type ImportReport, MAX_IMPORT_BYTES } from '../../../../shared/api/contract';
import { BriefdeskError } from '../../../../shared/model/errors';
import { importSummary, singleImportedId } from '../../../../renderer/import/import-summary';
import { importFileProblem, readImportFile } from '../../../../renderer/import/read-import-file';
import { type ImportOutcome, type ImportProgress, runImport } from '../../../../renderer/import/run-import';

/** A file as the picker hands it over; `arrayBuffer` counts its reads. */
function file(name: string, text: string, size = new TextEncoder().encode(text).length) {
  const state = { reads: 0 };
  return {
    name,
    size,
    state,
    arrayBuffer: async (): Promise<ArrayBuffer> => {
      state.reads += 1;
      const bytes = new TextEncoder().encode(text);
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    },
  };
}

function report(id: string, headline: string): ImportReport {
  return { id, headline, format: 'markdown', recognised: ['Headline'], warnings: [] };
}

const imported = (fileName: string, id: string): ImportOutcome => ({ kind: 'imported', fileName, report: report(id, fileName) });
const failed = (fileName: string): ImportOutcome => ({ kind: 'failed', fileName, message: 'is empty' });
const skipped = (fileName: string): ImportOutcome => ({ kind: 'skipped', fileName });

describe('readImportFile', () => {
  it('reads the bytes as base64 with the file name', async () => {
    const picked = file('notes.md', '# Ports — “quoted” ✓');
    const input = await readImportFile(picked);
    expect(input.fileName).toBe('notes.md');
    expect(Buffer.from(input.dataBase64, 'base64').toString('utf8')).toBe('# Ports — “quoted” ✓');
  });

  it('refuses a file over 100 MB before reading a byte, naming it and the limit', async () => {
    const huge = file('archive.docx', '', MAX_IMPORT_BYTES + 1);
    expect(importFileProblem(huge)).toBe('“archive.docx” is 101 MB; files to import can be at most 100 MB.');
    const refused = await readImportFile(huge).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BriefdeskError);
    expect(refused).toMatchObject({ code: 'too_large', message: expect.stringContaining('archive.docx') });
    expect(huge.state.reads).toBe(0);
  });

  it('accepts a file of exactly 100 MB (the check is on size only)', () => {
    expect(importFileProblem({ name: 'edge.json', size: MAX_IMPORT_BYTES })).toBeNull();
  });

  it('says which file could not be read', async () => {
    const unreadable = { name: 'folder', size: 0, arrayBuffer: () => Promise.reject(new Error('NotReadableError')) };
    await expect(readImportFile(unreadable)).rejects.toThrow('Could not read “folder”');
  });
});

describe('runImport', () => {
  it('imports files one after another, in order, one call each', async () => {
    const calls: string[] = [];
    let inFlight = 0;
    const outcomes = await runImport([file('a.md', 'A'), file('b.md', 'B'), file('c.md', 'C')], {
      read: readImportFile,
      importFile: async (input) => {
        inFlight += 1;
        expect(inFlight).toBe(1);
        calls.push(`${input.fileName}:${Buffer.from(input.dataBase64, 'base64').toString('utf8')}`);
        await Promise.resolve();
        inFlight -= 1;
        return report(`brief-${input.fileName}`, input.fileName);
      },
    });
    expect(calls).toEqual(['a.md:A', 'b.md:B', 'c.md:C']);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['imported', 'imported', 'imported']);
  });

  it('reports progress before each file', async () => {
    const seen: ImportProgress[] = [];
    await runImport([file('a.md', 'A'), file('b.md', 'B')], {
      read: readImportFile,
      importFile: async (input) => report('x', input.fileName),
      onProgress: (progress) => seen.push(progress),
    });
    expect(seen).toEqual([
      { number: 1, total: 2, fileName: 'a.md' },
      { number: 2, total: 2, fileName: 'b.md' },
    ]);
  });

  it('keeps going after a bad file: each failure carries its own message', async () => {
    const huge = file('huge.html', '', MAX_IMPORT_BYTES + 5 * 1024 * 1024);
    const outcomes = await runImport([file('empty.txt', ''), huge, file('good.md', '# Good')], {
      read: readImportFile,
      importFile: async (input) => {
        if (input.fileName === 'empty.txt') throw new BriefdeskError('invalid_input', '“empty.txt” is empty.');
        return report('brief-good', 'Good');
      },
    });
    expect(outcomes).toEqual([
      { kind: 'failed', fileName: 'empty.txt', message: '“empty.txt” is empty.' },
      { kind: 'failed', fileName: 'huge.html', message: '“huge.html” is 105 MB; files to import can be at most 100 MB.' },
      { kind: 'imported', fileName: 'good.md', report: report('brief-good', 'Good') },
    ]);
    expect(huge.state.reads).toBe(0);
  });

  it('Cancel stops before the next file: the one in progress finishes, the rest are skipped', async () => {
    const controller = new AbortController();
    const called: string[] = [];
    const outcomes = await runImport([file('a.md', 'A'), file('b.md', 'B'), file('c.md', 'C')], {
      read: readImportFile,
      signal: controller.signal,
      importFile: async (input) => {
        called.push(input.fileName);
        if (input.fileName === 'a.md') controller.abort();
        return report(`brief-${input.fileName}`, input.fileName);
      },
    });
    expect(called).toEqual(['a.md']);
    expect(outcomes.map((outcome) => [outcome.kind, outcome.fileName])).toEqual([
      ['imported', 'a.md'],
      ['skipped', 'b.md'],
      ['skipped', 'c.md'],
    ]);
  });
});

describe('importSummary', () => {
  it('says how many files went in and how many did not', () => {
    expect(importSummary([imported('a.md', '1')])).toBe('Imported 1 file.');
    expect(importSummary([imported('a.md', '1'), imported('b.md', '2')])).toBe('Imported all 2 files.');
    expect(importSummary([imported('a.md', '1'), failed('b.txt'), failed('c.txt')])).toBe(
      'Imported 1 of 3 files. 2 could not be imported.',
    );
    expect(importSummary([failed('b.txt')])).toBe('Nothing was imported from 1 file.');
    expect(importSummary([imported('a.md', '1'), skipped('b.md'), skipped('c.md')])).toBe(
      'Imported 1 of 3 files. The import was cancelled before 2 files.',
    );
  });
});

describe('singleImportedId', () => {
  it('is the id of the only brief imported, whatever else failed', () => {
    expect(singleImportedId([failed('a.txt'), imported('b.md', 'brief-b'), skipped('c.md')])).toBe('brief-b');
  });

  it('is null when none or several were imported', () => {
    expect(singleImportedId([failed('a.txt')])).toBeNull();
    expect(singleImportedId([imported('a.md', '1'), imported('b.md', '2')])).toBeNull();
  });
});
