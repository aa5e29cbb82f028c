import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../../../shared/api/contract';
import type { BriefSummary } from '../../../../shared/model/brief';
import { bundleDownload } from '../../../../renderer/export/bundle-download';
import { briefsInScope } from '../../../../renderer/export/bulk-selection';
import { bulkZipName } from '../../../../renderer/export/bulk-zip-name';
import { exportStems } from '../../../../renderer/export/export-stems';
import { fileBytes } from '../../../../renderer/export/file-bytes';
import { zipFiles } from '../../../../renderer/export/zip-files';
import { TINY_PNG } from '../../support/store-fixtures';

const decoder = new TextDecoder();

function textFile(fileName: string, content: string, mimeType = 'text/html;charset=utf-8'): ExportedFile {
  return { fileName, mimeType, content, encoding: 'utf8' };
}

function pngFile(fileName: string, bytes: Uint8Array = TINY_PNG): ExportedFile {
  return { fileName, mimeType: 'image/png', content: Buffer.from(bytes).toString('base64'), encoding: 'base64' };
}

function summary(id: string, headline: string, section = '', tags: string[] = []): BriefSummary {
  return {
    id,
    headline,
    section,
    status: 'draft',
    tags,
    wordCount: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    trashedAt: null,
  };
}

describe('fileBytes', () => {
  it('encodes text as UTF-8 and decodes base64 content to the very bytes', () => {
    expect(decoder.decode(fileBytes(textFile('a.md', 'Zürich — 東京')))).toBe('Zürich — 東京');
    expect(Buffer.from(fileBytes(pngFile('dot.png')))).toEqual(TINY_PNG);
  });

  it('names the file whose base64 content is broken', () => {
    expect(() => fileBytes({ fileName: 'brief.pdf', mimeType: 'application/pdf', content: '%%not base64%%', encoding: 'base64' })).toThrow(
      /“brief\.pdf” is not valid base64/,
    );
  });
});

describe('zipFiles', () => {
  it('keeps every file under its relative path, byte for byte', () => {
    const page = textFile('ports-reopen.html', '<!doctype html><title>Ports reopen</title><img src="ports-reopen-assets/dot.png" alt="">');
    const zip = zipFiles([page, pngFile('ports-reopen-assets/dot.png')]);
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(['ports-reopen-assets/dot.png', 'ports-reopen.html']);
    expect(decoder.decode(entries['ports-reopen.html'])).toBe(page.content);
    expect(Buffer.from(entries['ports-reopen-assets/dot.png'] ?? new Uint8Array())).toEqual(TINY_PNG);
  });

  it('deflates text but stores images as they are', () => {
    const repetitive = 'The convoy waited at the border crossing. '.repeat(400);
    expect(zipFiles([textFile('long.md', repetitive, 'text/markdown')]).length).toBeLessThan(repetitive.length / 4);
    const samePattern = new TextEncoder().encode(repetitive);
    expect(zipFiles([pngFile('pattern.png', samePattern)]).length).toBeGreaterThan(samePattern.length);
  });

  it('refuses paths that leave the archive or repeat, rather than writing a broken zip', () => {
    expect(() => zipFiles([textFile('../escape.html', 'x')])).toThrow(/“\.\.\/escape\.html” is not a file name/);
    expect(() => zipFiles([textFile('/etc/page.html', 'x')])).toThrow(/is not a file name/);
    expect(() => zipFiles([textFile('a//b.html', 'x')])).toThrow(/is not a file name/);
    expect(() => zipFiles([textFile('same.html', 'x'), textFile('same.html', 'y')])).toThrow(/“same\.html” appears twice/);
  });
});

describe('bundleDownload', () => {
  it('saves a single file as it is', () => {
    const download = bundleDownload({ files: [textFile('talks-resume.html', '<p>Talks resume</p>')], warnings: [] });
    expect(download.fileName).toBe('talks-resume.html');
    expect(download.mimeType).toBe('text/html;charset=utf-8');
    expect(decoder.decode(download.bytes)).toBe('<p>Talks resume</p>');
  });

  it('saves a PDF as its decoded bytes', () => {
    const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n');
    const download = bundleDownload({
      files: [{ fileName: 'talks.pdf', mimeType: 'application/pdf', content: pdf.toString('base64'), encoding: 'base64' }],
      warnings: [],
    });
    expect(download).toMatchObject({ fileName: 'talks.pdf', mimeType: 'application/pdf' });
    expect(Buffer.from(download.bytes)).toEqual(pdf);
  });

  it('zips a file with its images folder as <stem>.zip', () => {
    const markdown = textFile('talks-resume.md', '---\nheadline: Talks resume\n---\n', 'text/markdown;charset=utf-8');
    const download = bundleDownload({ files: [markdown, pngFile('talks-resume-assets/dot.png')], warnings: [] });
    expect(download).toMatchObject({ fileName: 'talks-resume.zip', mimeType: 'application/zip' });
    expect(Object.keys(unzipSync(download.bytes)).sort()).toEqual(['talks-resume-assets/dot.png', 'talks-resume.md']);
  });
});

describe('exportStems', () => {
  it('gives every brief its own stem, in order, with -2 for a repeated headline', () => {
    const briefs = [
      { id: 'aaaaaaaa01', headline: 'Ports reopen' },
      { id: 'bbbbbbbb02', headline: 'Ports reopen' },
      { id: 'cccccccc03', headline: '' },
    ];
    expect(exportStems(briefs, 'md')).toEqual({ aaaaaaaa01: 'ports-reopen', bbbbbbbb02: 'ports-reopen-2', cccccccc03: 'brief-cccccccc' });
  });

  it('keeps "index" for the index page of an HTML export only', () => {
    const briefs = [{ id: 'aaaaaaaa01', headline: 'Index' }];
    expect(exportStems(briefs, 'html')).toEqual({ aaaaaaaa01: 'index-2' });
    expect(exportStems(briefs, 'json')).toEqual({ aaaaaaaa01: 'index' });
  });
});

describe('briefsInScope', () => {
  const library = [
    summary('aaaaaaaa01', 'Grain deal holds', 'Trade'),
    summary('bbbbbbbb02', 'Port strike ends', 'Labour', ['ports']),
    summary('cccccccc03', 'Ports reopen', 'Trade'),
  ];

  it('takes all briefs or the chosen ones in the library order, the filtered list as the list shows it', () => {
    const ids = (briefs: BriefSummary[]) => briefs.map((brief) => brief.id);
    const [grain, strike, reopen] = library as [BriefSummary, BriefSummary, BriefSummary];
    const shown = [reopen, strike];
    expect(ids(briefsInScope(library, 'all', shown, new Set()))).toEqual(['aaaaaaaa01', 'bbbbbbbb02', 'cccccccc03']);
    expect(ids(briefsInScope(library, 'filtered', shown, new Set()))).toEqual(['cccccccc03', 'bbbbbbbb02']);
    expect(ids(briefsInScope(library, 'filtered', null, new Set()))).toEqual(['aaaaaaaa01', 'bbbbbbbb02', 'cccccccc03']);
    expect(ids(briefsInScope(library, 'chosen', shown, new Set(['cccccccc03', grain.id])))).toEqual(['aaaaaaaa01', 'cccccccc03']);
  });
});

describe('bulkZipName', () => {
  it('is dated by the local calendar day', () => {
    expect(bulkZipName(new Date(2026, 2, 4, 23, 59))).toBe('briefdesk-export-2026-03-04.zip');
    expect(bulkZipName(new Date(2025, 11, 31, 0, 1))).toBe('briefdesk-export-2025-12-31.zip');
  });
});
