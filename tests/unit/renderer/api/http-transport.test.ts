import { describe, expect, it, vi } from 'vitest';
import { apiOver } from '../../../../renderer/api/create-api';
import { httpTransport } from '../../../../renderer/api/http-transport';
import { SERVICE_UNAVAILABLE_MESSAGE } from '../../../../renderer/api/service-unavailable';
import { BriefdeskError } from '../../../../shared/model/errors';

const summary = {
  id: 'brief-0001',
  headline: 'Talks in Muscat',
  section: 'Gulf',
  status: 'draft',
  tags: ['Oman'],
  wordCount: 12,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-02T10:00:00.000Z',
  trashedAt: null,
};

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function client(fetchImpl: typeof fetch) {
  return apiOver(httpTransport({ token: 'tok-123', baseUrl: 'http://127.0.0.1:5000/api/', fetch: fetchImpl }));
}

describe('HTTP API client', () => {
  it('POSTs JSON with the bearer token and unwraps a successful result', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () =>
      jsonResponse({ ok: true, value: { briefs: [summary], total: 1, damaged: [], index: { state: 'ready', done: 0, total: 0 } } }),
    );
    const listing = await client(fetchImpl).listBriefs({ trash: false });
    expect(listing.briefs[0]?.headline).toBe('Talks in Muscat');
    const [url, init] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe('http://127.0.0.1:5000/api/listBriefs');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe(JSON.stringify({ trash: false }));
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer tok-123');
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json');
  });

  it('throws a BriefdeskError with the code and message of a failed result', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () =>
      jsonResponse({ ok: false, error: { code: 'conflict', message: 'Someone saved first.' } }),
    );
    const failure = await client(fetchImpl)
      .saveBrief({
        id: 'brief-0001',
        baseRevision: 1,
        content: {
          section: '',
          headline: '',
          standfirst: '',
          byline: '',
          tags: [],
          status: 'draft',
          language: 'en',
          hero: null,
          related: [],
          body: { type: 'doc', content: [{ type: 'paragraph' }] },
        },
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BriefdeskError);
    expect(failure).toMatchObject({ code: 'conflict', message: 'Someone saved first.' });
  });

  it('turns a network failure into an io error the analyst can read', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(client(fetchImpl).getAppInfo({})).rejects.toMatchObject({ code: 'io', message: SERVICE_UNAVAILABLE_MESSAGE });
  });

  it('explains a 401 (bad or missing token)', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => new Response('Unauthorized', { status: 401 }));
    await expect(client(fetchImpl).getAppInfo({})).rejects.toMatchObject({ code: 'locked' });
  });

  it('rejects answers that are not wire results or do not match the contract', async () => {
    const notWire = vi.fn<typeof fetch>(async () => jsonResponse({ hello: 'world' }));
    await expect(client(notWire).getAppInfo({})).rejects.toMatchObject({ code: 'internal' });
    const wrongShape = vi.fn<typeof fetch>(async () => jsonResponse({ ok: true, value: { version: 1 } }));
    await expect(client(wrongShape).getAppInfo({})).rejects.toMatchObject({ code: 'internal' });
    const html = vi.fn<typeof fetch>(async () => new Response('<html>', { status: 500 }));
    await expect(client(html).getAppInfo({})).rejects.toBeInstanceOf(BriefdeskError);
  });
});
