import { describe, expect, it } from 'vitest';
import type { BriefSummary } from '../../../../shared/model/brief';
import { resolveImageSrc } from '../../../../renderer/api/asset-url';
import { normalizeLink } from '../../../../renderer/editor/normalize-link';
import { filterBriefs } from '../../../../renderer/library/filter-briefs';
import { imageFileProblem } from '../../../../renderer/files/read-image-file';
import { relativeTime } from '../../../../renderer/format/relative-time';
import { sortByUpdated, upsertSummary } from '../../../../renderer/library/sort-by-updated';
import { readingLabel } from '../../../../renderer/format/word-count-label';

function row(id: string, headline: string, updatedAt: string, extra: Partial<BriefSummary> = {}): BriefSummary {
  return {
    id,
    headline,
    section: '',
    status: 'draft',
    tags: [],
    wordCount: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt,
    trashedAt: null,
    ...extra,
  };
}

describe('library list model', () => {
  const briefs = [
    row('brief-0001', 'Muscat talks', '2026-01-01T10:00:00.000Z', { section: 'Gulf' }),
    row('brief-0002', 'Grain corridor', '2026-01-03T10:00:00.000Z', { tags: ['Black Sea', 'trade'] }),
    row('brief-0003', 'Water dispute', '2026-01-02T10:00:00.000Z'),
  ];

  it('filters by headline, section or tag, ignoring case', () => {
    expect(filterBriefs(briefs, 'MUSCAT').map((b) => b.id)).toEqual(['brief-0001']);
    expect(filterBriefs(briefs, 'gulf').map((b) => b.id)).toEqual(['brief-0001']);
    expect(filterBriefs(briefs, 'black').map((b) => b.id)).toEqual(['brief-0002']);
    expect(filterBriefs(briefs, '  ')).toHaveLength(3);
  });

  it('sorts newest first and moves a saved row to the top', () => {
    expect(sortByUpdated(briefs).map((b) => b.id)).toEqual(['brief-0002', 'brief-0003', 'brief-0001']);
    const saved = row('brief-0001', 'Muscat talks, updated', '2026-01-04T10:00:00.000Z');
    const next = upsertSummary(sortByUpdated(briefs), saved);
    expect(next.map((b) => b.id)).toEqual(['brief-0001', 'brief-0002', 'brief-0003']);
    expect(next[0]?.headline).toBe('Muscat talks, updated');
  });

  it('says how long ago, in words', () => {
    const now = Date.parse('2026-01-10T12:00:00.000Z');
    expect(relativeTime('2026-01-10T11:59:30.000Z', now)).toBe('just now');
    expect(relativeTime('2026-01-10T11:58:00.000Z', now)).toBe('2 min ago');
    expect(relativeTime('2026-01-10T09:00:00.000Z', now)).toBe('3 h ago');
    expect(relativeTime('2026-01-09T10:00:00.000Z', now)).toBe('yesterday');
    expect(relativeTime('2026-01-06T10:00:00.000Z', now)).toBe('4 days ago');
  });

  it('labels length and reading time', () => {
    expect(readingLabel(1234, 5)).toBe('1,234 words · 5 min read');
    expect(readingLabel(1, 1)).toBe('1 word · 1 min read');
  });
});

describe('links and images', () => {
  it('accepts http(s) and mailto links only, completing bare domains and addresses', () => {
    expect(normalizeLink('https://example.org/a')).toBe('https://example.org/a');
    expect(normalizeLink('example.org/report')).toBe('https://example.org/report');
    expect(normalizeLink('desk@example.org')).toBe('mailto:desk@example.org');
    expect(normalizeLink('javascript:alert(1)')).toBeNull();
    expect(normalizeLink('file:///etc/passwd')).toBeNull();
    expect(normalizeLink('')).toBeNull();
  });

  it('checks picked images before upload', () => {
    expect(imageFileProblem({ name: 'a.png', size: 10, type: 'image/png' })).toBeNull();
    expect(imageFileProblem({ name: 'a.svg', size: 10, type: 'image/svg+xml' })).toMatch(/not a PNG/);
    expect(imageFileProblem({ name: 'big.jpg', size: 26 * 1024 * 1024, type: 'image/jpeg' })).toMatch(/at most 25 MB/);
  });

  it('resolves asset references per shell', () => {
    const id = `${'a'.repeat(64)}.png`;
    const browser = {};
    expect(resolveImageSrc(`asset:${id}`, browser)).toBe(`./asset/${id}`);
    expect(resolveImageSrc('asset:../../etc/passwd', browser)).toBeNull();
    expect(resolveImageSrc('https://example.org/x.png', browser)).toBe('https://example.org/x.png');
    expect(resolveImageSrc('javascript:alert(1)', browser)).toBeNull();
  });
});
