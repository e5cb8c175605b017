// The loopback browser host against a real backend: every request is checked for the
// token, the Host and the Origin before anything else happens.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import type { IncomingHttpHeaders } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../src/main/backend/app-backend';
import type { Backend } from '../../src/main/backend/app-backend';
import { RENDERER_CSP } from '../../src/main/electron/csp';
import { startHost } from '../../src/main/host/host-server';
import type { RunningHost } from '../../src/main/host/host-server';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: () => { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

function send(port: number, opts: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer; host?: string | null }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    const req = request(
      { host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path ?? '/', headers, setHost: opts.host !== null && opts.host === undefined },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
      },
    );
    if (typeof opts.host === 'string') req.setHeader('Host', opts.host);
    req.on('error', reject);
    req.end(opts.body);
  });
}

let tmp: string;
let rendererDir: string;
let backend: Backend;
let host: RunningHost;

const api = (body: unknown, headers: Record<string, string> = {}) =>
  send(host.port, {
    method: 'POST',
    path: '/api/call',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'pwb-host-'));
  rendererDir = join(tmp, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Policy Workbench</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  writeFileSync(join(rendererDir, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(rendererDir, 'assets', 'codicon.ttf'), Buffer.from([0, 1, 0, 0]));
  writeFileSync(join(rendererDir, 'assets', 'font.woff2'), Buffer.from('wOF2'));
  writeFileSync(join(rendererDir, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(tmp, 'secret.txt'), 'SECRET');
  symlinkSync(join(tmp, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'));
  backend = createBackend({ dataDir: join(tmp, 'data'), transport: 'http', nativeDialogs: false });
  host = await startHost({ backend, rendererDir, heartbeatMs: 100 });
});

afterAll(async () => {
  await host?.close();
  await backend?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('browser host: listening', () => {
  it('binds 127.0.0.1 only and prints a URL with a strong token', () => {
    const address = host.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('is not reachable on any other address of this machine', async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && i.family === 'IPv4' && !i.internal)
      .map((i) => i!.address);
    for (const address of others) {
      const err = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
        const req = request({ host: address, port: host.port, path: '/', timeout: 2000 }, () => resolve(null));
        req.on('error', (e) => resolve(e));
        req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
        req.end();
      });
      expect(err?.code, `reachable on ${address}`).toMatch(/ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH/);
    }
  });

  it('uses a fresh token for every start', async () => {
    const other = await startHost({ backend, rendererDir });
    try {
      expect(other.token).not.toBe(host.token);
      expect(other.port).not.toBe(host.port);
    } finally {
      await other.close();
    }
  });
});

describe('browser host: token', () => {
  it('refuses an API call without a token (401, error as data)', async () => {
    const res = await send(host.port, { method: 'POST', path: '/api/call', headers: { 'content-type': 'application/json' }, body: '{"method":"app.status","args":{}}' });
    expect(res.status).toBe(401);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(res.json().error?.message).toMatch(/token/);
  });

  it('refuses a wrong token in either header', async () => {
    const wrong = host.token.slice(0, -1) + (host.token.endsWith('A') ? 'B' : 'A');
    expect((await api({ method: 'app.status', args: {} }, { authorization: `Bearer ${wrong}` })).status).toBe(401);
    const x = await send(host.port, { method: 'POST', path: '/api/call', headers: { 'content-type': 'application/json', 'x-pwb-token': wrong }, body: '{"method":"app.status"}' });
    expect(x.status).toBe(401);
    expect((await api({ method: 'app.status', args: {} }, { authorization: 'Bearer ' })).status).toBe(401);
  });

  it('accepts the token in x-pwb-token too', async () => {
    const res = await send(host.port, { method: 'POST', path: '/api/call', headers: { 'content-type': 'application/json', 'x-pwb-token': host.token }, body: '{"method":"app.status","args":{}}' });
    expect(res.status).toBe(200);
    expect(res.json().ok).toBe(true);
  });

  it('does not take the token from the query string for API calls', async () => {
    const res = await send(host.port, { method: 'POST', path: `/api/call?token=${host.token}`, headers: { 'content-type': 'application/json' }, body: '{"method":"app.status"}' });
    expect(res.status).toBe(401);
  });
});

describe('browser host: Host and Origin', () => {
  it('refuses a foreign Host header (DNS rebinding) with 403', async () => {
    for (const h of [`evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, '127.0.0.1', `localhost.evil.example:${host.port}`, `[::1]:${host.port}`]) {
      const res = await api({ method: 'app.status', args: {} }, { host: h });
      expect(res.status, h).toBe(403);
      expect(res.json()).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });

  it('accepts localhost:PORT as Host', async () => {
    const res = await api({ method: 'app.status', args: {} }, { host: `localhost:${host.port}`, origin: `http://localhost:${host.port}` });
    expect(res.status).toBe(200);
  });

  it('refuses a foreign Origin with 403, even with the right token', async () => {
    for (const o of ['http://evil.example', `http://127.0.0.1:${host.port + 1}`, 'null', `https://127.0.0.1:${host.port}`, `http://localhost:${host.port}`]) {
      const res = await api({ method: 'app.status', args: {} }, { origin: o });
      expect(res.status, o).toBe(403);
    }
    const ok = await api({ method: 'app.status', args: {} }, { origin: host.origin });
    expect(ok.status).toBe(200);
  });

  it('refuses cross-site fetch metadata', async () => {
    expect((await api({ method: 'app.status', args: {} }, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await api({ method: 'app.status', args: {} }, { 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await api({ method: 'app.status', args: {} }, { 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('refuses a missing Host header', async () => {
    // Node itself answers 400 to an HTTP/1.1 request without Host; either way nothing is served.
    const res = await send(host.port, { path: `/?token=${host.token}`, host: null });
    expect([400, 403]).toContain(res.status);
    expect(res.text).not.toContain('Policy Workbench');
  });
});

/** Sends bytes exactly as given (no client library to tidy them up); resolves with the status line's code and the text. */
function sendRaw(port: number, raw: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (c: string) => (text += c));
    socket.on('error', reject);
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text }));
    // Not end(): a half-closed socket may be dropped before an answer is written.
    socket.write(raw);
  });
}

describe('browser host: malformed requests', () => {
  const head = (target: string, extra = '') => `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nAuthorization: Bearer ${host.token}\r\n${extra}Connection: close\r\n\r\n`;

  it('answers request targets that are not plain paths with 400, never 500', async () => {
    for (const target of [
      'http://evil.example/index.html',
      `http://127.0.0.1:${host.port}/api/events`,
      '*',
      '//evil.example/index.html',
      'http://[::1',
      'index.html',
      '/assets\\..\\..\\secret.txt',
      `/${'a'.repeat(9000)}`,
      '/%',
      '/%E0%A4%A',
      '/a\u007fb',
    ]) {
      const res = await sendRaw(host.port, head(target));
      expect(res.status, target).toBe(400);
      expect(res.text).not.toContain('SECRET');
    }
  });

  it('refuses a request with two Host headers, or two tokens', async () => {
    const twoHosts = `GET /?token=${host.token} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nHost: evil.example\r\nConnection: close\r\n\r\n`;
    const res = await sendRaw(host.port, twoHosts);
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/more than one host header/);
    expect(res.text).not.toContain('Policy Workbench');
    const evilFirst = `GET /?token=${host.token} HTTP/1.1\r\nHost: evil.example\r\nHost: 127.0.0.1:${host.port}\r\nConnection: close\r\n\r\n`;
    expect((await sendRaw(host.port, evilFirst)).status).toBe(400);
    const twoTokens = head('/', `Authorization: Bearer ${host.token}\r\n`);
    expect((await sendRaw(host.port, twoTokens)).status).toBe(400);
  });

  it('still serves a plain request sent the same way', async () => {
    const res = await sendRaw(host.port, head('/index.html'));
    expect(res.status).toBe(200);
  });
});

describe('browser host: /api/call', () => {
  it('answers a good call with the backend Result, not cached, nosniff', async () => {
    const res = await api({ method: 'app.status', args: {} });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const body = res.json();
    expect(body.ok).toBe(true);
    expect(body.value).toMatchObject({ transport: 'http', nativeDialogs: false, project: null });
  });

  it('turns bad JSON into a bad-request Result with status 400', async () => {
    const res = await api('{"method": "app.status",');
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('refuses payloads of the wrong shape', async () => {
    for (const body of ['[]', '"app.status"', '{"args":{}}', '{"method":42}', 'null']) {
      const res = await api(body);
      expect(res.status, body).toBe(400);
      expect(res.json().error?.code).toBe('bad-request');
    }
  });

  it('passes bad arguments to the backend, which answers bad-request', async () => {
    const res = await api({ method: 'project.open', args: { path: 42 } });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('answers an unknown method as bad-request data', async () => {
    const res = await api({ method: 'fs.readFile', args: { path: '/etc/passwd' } });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(res.json().error?.message).toMatch(/Unknown method/);
  });

  it('has no native dialogs: asks for a typed path instead', async () => {
    const res = await api({ method: 'dialogs.openProject', args: {} });
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(res.json().error?.message).toMatch(/path/);
  });

  it('requires a JSON content type (no form posts)', async () => {
    const res = await api('{"method":"app.status"}', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
    const plain = await api('{"method":"app.status"}', { 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);
  });

  it('allows only POST', async () => {
    const res = await send(host.port, { path: '/api/call', headers: { authorization: `Bearer ${host.token}` } });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
  });

  it('refuses a body over the limit with 413', async () => {
    const small = await startHost({ backend, rendererDir, maxBodyBytes: 1024 });
    try {
      const res = await send(small.port, {
        method: 'POST',
        path: '/api/call',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${small.token}` },
        body: JSON.stringify({ method: 'app.status', args: { pad: 'x'.repeat(4096) } }),
      });
      expect(res.status).toBe(413);
      expect(res.json()).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    } finally {
      await small.close();
    }
  });

  it('answers unknown API routes with 404', async () => {
    const res = await send(host.port, { path: '/api/nope', headers: { authorization: `Bearer ${host.token}` } });
    expect(res.status).toBe(404);
  });
});

describe('browser host: static files', () => {
  it('serves the page for the URL with the token, with the CSP and an asset cookie that is not the token', async () => {
    const res = await send(host.port, { path: `/?token=${host.token}` });
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title>Policy Workbench</title>');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(RENDERER_CSP);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('DENY');
    const cookie = res.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(new RegExp(`^pwb_asset_${host.port}=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict$`));
    expect(cookie).not.toContain(host.token);
  });

  it('serves assets with the cookie, with the right MIME types', async () => {
    const first = await send(host.port, { path: `/?token=${host.token}` });
    const cookie = (first.headers['set-cookie']?.[0] ?? '').split(';')[0];
    const types: Record<string, string> = {
      '/assets/app.js': 'text/javascript; charset=utf-8',
      '/assets/app.css': 'text/css; charset=utf-8',
      '/assets/codicon.ttf': 'font/ttf',
      '/assets/font.woff2': 'font/woff2',
      '/assets/logo.svg': 'image/svg+xml',
      '/index.html': 'text/html; charset=utf-8',
    };
    for (const [path, type] of Object.entries(types)) {
      const res = await send(host.port, { path, headers: { cookie } });
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toBe(type);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    // A reload without the token in the URL still gets the page (the cookie opens it).
    expect((await send(host.port, { path: '/', headers: { cookie } })).status).toBe(200);
  });

  it('refuses assets without the token or cookie, or with the API token as cookie', async () => {
    expect((await send(host.port, { path: '/assets/app.js' })).status).toBe(401);
    expect((await send(host.port, { path: '/' })).status).toBe(401);
    expect((await send(host.port, { path: '/assets/app.js', headers: { cookie: `pwb_asset_${host.port}=${host.token}` } })).status).toBe(401);
    expect((await send(host.port, { path: '/?token=wrong' })).status).toBe(401);
  });

  it('never serves files outside the renderer folder', async () => {
    const headers = { authorization: `Bearer ${host.token}` };
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2e%2e%5csecret.txt',
      `/${encodeURIComponent(join(tmp, 'secret.txt'))}`,
      '/assets/link.txt',
      '/%00index.html',
    ]) {
      const res = await send(host.port, { path, headers });
      expect(res.status, path).toBe(404);
      expect(res.text).not.toContain('SECRET');
    }
  });

  it('answers a missing file and a folder with 404', async () => {
    const headers = { authorization: `Bearer ${host.token}` };
    expect((await send(host.port, { path: '/nope.js', headers })).status).toBe(404);
    expect((await send(host.port, { path: '/assets', headers })).status).toBe(404);
  });

  it('does not accept writes to static paths', async () => {
    const res = await send(host.port, { method: 'PUT', path: '/index.html', headers: { authorization: `Bearer ${host.token}` }, body: 'x' });
    expect(res.status).toBe(405);
  });
});

describe('browser host: events', () => {
  function openStream(path: string, headers: Record<string, string> = {}) {
    return new Promise<{ status: number; headers: IncomingHttpHeaders; next: (match: RegExp) => Promise<string>; close: () => void; ended: Promise<void> }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path, headers }, (res) => {
        let buffer = '';
        const waiters: { match: RegExp; resolve: (s: string) => void }[] = [];
        let endedResolve: () => void = () => undefined;
        const ended = new Promise<void>((r) => (endedResolve = r));
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          for (const w of [...waiters]) {
            const m = w.match.exec(buffer);
            if (m) {
              waiters.splice(waiters.indexOf(w), 1);
              w.resolve(m[0]);
            }
          }
        });
        res.on('end', () => endedResolve());
        res.on('close', () => endedResolve());
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          next: (match) => {
            const m = match.exec(buffer);
            return m ? Promise.resolve(m[0]) : new Promise((r) => waiters.push({ match, resolve: r }));
          },
          close: () => req.destroy(),
          ended,
        });
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('streams every backend event as SSE, with heartbeats', async () => {
    const stream = await openStream(`/api/events?token=${host.token}`);
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      await stream.next(/: connected/);
      backend.events.emit('sectionChanged', { id: 'abc', revision: 3 });
      expect(await stream.next(/event: sectionChanged\ndata: .*\n\n/)).toBe('event: sectionChanged\ndata: {"id":"abc","revision":3}\n\n');
      backend.events.emit('menuCommand', { command: 'show-library' });
      expect(await stream.next(/event: menuCommand\ndata: .*\n\n/)).toContain('"command":"show-library"');
      await stream.next(/: ping\n\n/);
    } finally {
      stream.close();
    }
  });

  it('holds at most 32 event streams, and drops one whose reader stopped reading', async () => {
    const streams = await Promise.all(Array.from({ length: 32 }, () => openStream(`/api/events?token=${host.token}`)));
    try {
      expect(streams.every((s) => s.status === 200)).toBe(true);
      const refused = await send(host.port, { path: `/api/events?token=${host.token}` });
      expect(refused.status).toBe(429);
      expect(refused.json().error?.message).toMatch(/event streams/);
    } finally {
      for (const s of streams) s.close();
    }
    // A client that never reads: its socket stops taking data, and the host gives up on
    // it instead of holding every later event for it.
    const stalled = connect(host.port, '127.0.0.1');
    stalled.pause();
    await new Promise<void>((r) => stalled.once('connect', () => r()));
    const closed = new Promise<void>((r) => stalled.once('close', () => r()));
    stalled.on('error', () => undefined);
    stalled.write(`GET /api/events?token=${host.token} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`);
    await new Promise((r) => setTimeout(r, 100));
    const big = 'x'.repeat(64 * 1024);
    for (let i = 0; i < 400; i++) {
      backend.events.emit('sectionChanged', { id: big, revision: i });
      await new Promise((r) => setImmediate(r));
    }
    // Reading now drains what the kernel held, then finds the stream closed by the host.
    stalled.resume();
    await closed;
  });

  it('forwards events caused by API calls', async () => {
    const stream = await openStream('/api/events', { authorization: `Bearer ${host.token}` });
    try {
      await stream.next(/: connected/);
      const opened = await api({ method: 'project.openDemo', args: {} });
      expect(opened.json().ok).toBe(true);
      expect(await stream.next(/event: projectChanged\ndata: .*\n\n/)).toContain('"demo":true');
    } finally {
      stream.close();
      await api({ method: 'project.close', args: {} });
    }
  });

  it('refuses the stream without the token, and from another origin', async () => {
    const none = await openStream('/api/events');
    expect(none.status).toBe(401);
    none.close();
    const foreign = await openStream(`/api/events?token=${host.token}`, { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    foreign.close();
  });

  it('ends open streams when the host closes', async () => {
    const other = await startHost({ backend, rendererDir });
    const stream = await new Promise<{ ended: Promise<void> }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: other.port, path: `/api/events?token=${other.token}` }, (res) => {
        const ended = new Promise<void>((r) => {
          res.on('close', () => r());
          res.on('end', () => r());
        });
        res.resume();
        resolve({ ended });
      });
      req.on('error', reject);
      req.end();
    });
    await other.close();
    await stream.ended;
  });
});

const builtHost = join(__dirname, '..', '..', 'out', 'main', 'host.js');
const builtRenderer = join(__dirname, '..', '..', 'out', 'renderer', 'index.html');
const built = existsSync(builtHost) && existsSync(builtRenderer);
if (!built) console.warn(`Skipping the built-host process test: ${builtHost} is missing (run "npm run build").`);

describe.skipIf(!built)('browser host: the built entry point', () => {
  it('prints its URL as a JSON line, serves, and shuts down cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pwb-host-proc-'));
    const child = spawn(process.execPath, [builtHost, '--port', '0', '--data-dir', dataDir, '--json', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let out = '';
      const info = await new Promise<{ url: string; port: number; dataDir: string }>((resolve, reject) => {
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const line = out.split('\n').find((l) => l.startsWith('{'));
          if (line) resolve(JSON.parse(line));
        });
        child.on('exit', (code) => reject(new Error(`host exited with ${code}: ${out}`)));
      });
      expect(out).toMatch(/^Policy Workbench is running at http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}\n/);
      expect(info.dataDir).toBe(dataDir);
      const url = new URL(info.url);
      const page = await send(info.port, { path: `/?token=${url.searchParams.get('token')}` });
      expect(page.status).toBe(200);
      expect(page.headers['content-security-policy']).toBe(RENDERER_CSP);
      const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
    } finally {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('explains a bad option in one line and exits 2', async () => {
    const child = spawn(process.execPath, [builtHost, '--port', 'abc'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(err.trim()).toBe('--port must be a number from 0 to 65535, not "abc".');
  });
});
