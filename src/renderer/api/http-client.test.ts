import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../core/i18n';
import { setCurrentTranslator } from '../i18n/current';
import { createHttpClient, createMissingTokenClient } from './http-client';
import type { EventSourceLike } from './http-client';

// The messages below are read in English; one test switches to Dutch.
beforeEach(() => setCurrentTranslator(translator('en')));

const jsonResponse = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

class FakeSource implements EventSourceLike {
  readyState = 0;
  onerror: ((ev: Event) => void) | null = null;
  onopen: ((ev: Event) => void) | null = null;
  closed = false;
  handlers = new Map<string, ((ev: MessageEvent) => void)[]>();
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (ev: MessageEvent) => void) {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  emit(type: string, data: string) {
    for (const h of this.handlers.get(type) ?? []) h(new MessageEvent(type, { data }));
  }
}

afterEach(() => vi.useRealTimers());

describe('http client: uploads', () => {
  it('posts the file as it is, with the token, kind, path and batch in the address', async () => {
    const ticket = { batch: 'b'.repeat(22), kind: 'reports', path: 'uploads/x/Brussel', name: 'Media.md', size: 4 };
    const fetchFn = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => jsonResponse(200, { ok: true, value: ticket }));
    const client = createHttpClient({ token: 'T0K', baseUrl: 'http://127.0.0.1:4000', fetch: fetchFn as typeof fetch });
    const file = new Blob(['# x\n']);
    expect(await client.upload!(file, { kind: 'reports', path: 'Brussel/Media.md', batch: 'abc' })).toEqual({ ok: true, value: ticket });
    const [url, init] = fetchFn.mock.calls[0];
    expect(url).toBe('http://127.0.0.1:4000/api/upload?kind=reports&path=Brussel%2FMedia.md&batch=abc');
    expect(init?.headers).toMatchObject({ 'Content-Type': 'application/octet-stream', Authorization: 'Bearer T0K' });
    expect(init?.body).toBe(file);
  });

  it('passes a refusal through and turns a lost host into an io error', async () => {
    const refused = { ok: false, error: { code: 'bad-request', message: 'too large' } };
    const client = createHttpClient({ token: 't', fetch: (async () => jsonResponse(200, refused)) as typeof fetch });
    expect(await client.upload!(new Blob(['x']), { kind: 'decisions', path: 'd.jsonl' })).toEqual(refused);
    const gone = createHttpClient({ token: 't', fetch: (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch });
    expect(await gone.upload!(new Blob(['x']), { kind: 'decisions', path: 'd.jsonl' })).toMatchObject({ ok: false, error: { code: 'io' } });
  });
});

describe('http client: calls', () => {
  it('posts {method, args} as JSON with the token header and returns the Result', async () => {
    const fetchFn = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => jsonResponse(200, { ok: true, value: { sections: 3 } }));
    const client = createHttpClient({ token: 'T0K', baseUrl: 'http://127.0.0.1:4000/', fetch: fetchFn as typeof fetch });
    const res = await client.call('sections.get', { id: 'x' });
    expect(res).toEqual({ ok: true, value: { sections: 3 } });
    const [url, init] = fetchFn.mock.calls[0];
    expect(url).toBe('http://127.0.0.1:4000/api/call');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ 'Content-Type': 'application/json', Authorization: 'Bearer T0K' });
    expect(JSON.parse(init?.body as string)).toEqual({ method: 'sections.get', args: { id: 'x' } });
  });

  it('passes error Results from the host through unchanged, whatever the status', async () => {
    const error = { ok: false, error: { code: 'bad-request', message: 'Missing or wrong access token.' } };
    const client = createHttpClient({ token: 't', fetch: (async () => jsonResponse(401, error)) as typeof fetch });
    expect(await client.call('app.status', {})).toEqual(error);
  });

  it('turns an unreachable host into an io error instead of throwing', async () => {
    const client = createHttpClient({ token: 't', fetch: (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch });
    const res = await client.call('app.status', {});
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('io');
      expect(res.error.message).toMatch(/^The workbench host is not reachable/);
    }
  });

  it('turns answers that are not Results into io errors', async () => {
    const html = createHttpClient({ token: 't', fetch: (async () => new Response('<html>', { status: 502 })) as typeof fetch });
    expect(await html.call('app.status', {})).toMatchObject({ ok: false, error: { code: 'io', message: 'The workbench host answered HTTP 502.' } });
    const odd = createHttpClient({ token: 't', fetch: (async () => jsonResponse(200, { hello: 1 })) as typeof fetch });
    expect(await odd.call('app.status', {})).toMatchObject({ ok: false, error: { code: 'io' } });
  });

  it('words its own errors in the interface language', async () => {
    setCurrentTranslator(translator('nl'));
    const html = createHttpClient({ token: 't', fetch: (async () => new Response('<html>', { status: 502 })) as typeof fetch });
    expect(await html.call('app.status', {})).toMatchObject({ ok: false, error: { code: 'io', message: 'De werkbank antwoordde met HTTP 502.' } });
  });
});

describe('http client: events', () => {
  it('opens one stream with the token, delivers parsed payloads, and unsubscribes', () => {
    const sources: FakeSource[] = [];
    const client = createHttpClient({ token: 'a b', fetch: fetch, createEventSource: (url) => { const s = new FakeSource(url); sources.push(s); return s; } });
    const tree = vi.fn();
    const section = vi.fn();
    const offTree = client.on('treeChanged', tree);
    client.on('sectionChanged', section);
    expect(sources).toHaveLength(1);
    expect(sources[0].url).toBe('/api/events?token=a%20b');
    sources[0].emit('sectionChanged', '{"id":"s1","revision":2}');
    sources[0].emit('treeChanged', '{}');
    expect(section).toHaveBeenCalledWith({ id: 's1', revision: 2 });
    expect(tree).toHaveBeenCalledTimes(1);
    offTree();
    sources[0].emit('treeChanged', '{}');
    expect(tree).toHaveBeenCalledTimes(1);
    sources[0].emit('sectionChanged', 'not json');
    expect(section).toHaveBeenCalledTimes(1);
  });

  it('reconnects with back-off after the host refuses or disappears', () => {
    vi.useFakeTimers();
    const sources: FakeSource[] = [];
    const states: boolean[] = [];
    const client = createHttpClient({
      token: 't',
      reconnectMs: 100,
      onConnectionChange: (c) => states.push(c),
      createEventSource: (url) => { const s = new FakeSource(url); sources.push(s); return s; },
    });
    const listener = vi.fn();
    client.on('projectChanged', listener);
    sources[0].readyState = 2;
    sources[0].onerror?.(new Event('error'));
    expect(sources[0].closed).toBe(true);
    vi.advanceTimersByTime(99);
    expect(sources).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sources).toHaveLength(2);
    sources[1].readyState = 2;
    sources[1].onerror?.(new Event('error'));
    vi.advanceTimersByTime(199);
    expect(sources).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sources).toHaveLength(3);
    sources[2].onopen?.(new Event('open'));
    sources[2].emit('projectChanged', '{"project":null}');
    expect(listener).toHaveBeenCalledWith({ project: null });
    expect(states).toEqual([false, false, true]);
  });

  it('leaves a stream that the browser is retrying by itself alone', () => {
    const sources: FakeSource[] = [];
    const client = createHttpClient({ token: 't', createEventSource: (url) => { const s = new FakeSource(url); sources.push(s); return s; } });
    client.on('treeChanged', () => undefined);
    sources[0].readyState = 0;
    sources[0].onerror?.(new Event('error'));
    expect(sources[0].closed).toBe(false);
  });
});

describe('missing token', () => {
  it('explains how to open the page instead of calling anything', async () => {
    const res = await createMissingTokenClient().call('app.status', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    if (!res.ok) expect(res.error.message).toMatch(/\?token=/);
  });
});
