// The loopback HTTP transport: the same `dispatch` and event bus the Electron app uses,
// offered to a browser on 127.0.0.1. See docs/adr/0003-transports.md for the token,
// Host and Origin design.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Result } from '../../shared/models';
import type { EventBus } from '../backend/events';
import type { DownloadSource } from '../backend/export/downloads';
import { RENDERER_CSP } from './csp';
import { serveDownload } from './download-route';
import { serveUpload } from './upload-route';
import type { UploadTarget } from './upload-route';
import { toAppError } from '../backend/errors';
import { declaredLength, readBody, sendError, sendJson, setBaseHeaders } from './http-util';
import { API_JSON_LIMITS, exceedsJsonShape } from './json-shape';
import { RECLAIM_AFTER_BYTES, reclaimMemory } from './reclaim';
import { RequestBudget } from './request-budget';
import type { BudgetLimits } from './request-budget';
import {
  generateToken,
  isAllowedFetchSite,
  isAllowedHost,
  isAllowedOrigin,
  parseRequestTarget,
  readCookie,
  repeatedHeader,
  secretsEqual,
  tokenFromHeaders,
} from './request-guard';
import { isInside, mimeTypeFor, resolveStaticPath } from './static-path';

/** The part of the backend a transport needs. */
export interface DispatchingBackend extends UploadTarget {
  dispatch(method: string, args: unknown): Promise<Result<unknown>>;
  events: EventBus;
  /** Prepared downloads (GET /api/download/<id>); a backend without any answers null. */
  openDownload?(id: string): DownloadSource | null;
}

export interface HostOptions {
  backend: DispatchingBackend;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Fixed token, for tests; normally a fresh random one per run. */
  token?: string;
  /** Interval of SSE keep-alive comments. */
  heartbeatMs?: number;
  /** Largest accepted API request body. */
  maxBodyBytes?: number;
  /** The memory budget for request bodies in flight (see request-budget.ts). */
  budget?: Partial<BudgetLimits>;
}

export interface RunningHost {
  /** The address to open, token included: `http://127.0.0.1:PORT/?token=…`. */
  url: string;
  origin: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';
const DEFAULT_MAX_BODY = 20 * 1024 * 1024;
const DEFAULT_HEARTBEAT = 15_000;
// With these the host stays within ~256 MB whatever arrives: one largest body (20 MB,
// about three times that once decoded and parsed) plus small calls, at a time.
const DEFAULT_BUDGET: BudgetLimits = { maxBytes: 24 * 1024 * 1024, maxRequests: 8 };
/** What an upload holds of the budget: the chunks in flight, not the file. */
const UPLOAD_RESERVATION = 1024 * 1024;
/** Open connections; a browser tab uses about six. Waiting requests hold one each. */
const MAX_CONNECTIONS = 128;
/** Event streams at once (each open tab holds one). */
const MAX_EVENT_STREAMS = 32;
/** An event stream whose reader has fallen this far behind is dropped (EventSource reconnects). */
const MAX_UNREAD_EVENTS = 1024 * 1024;

const TOKEN_HELP = 'Missing or wrong access token. Open the address printed when the workbench host started (it ends in ?token=…).';

export async function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = opts.token ?? generateToken();
  // Static files are authorised by a cookie, and cookies are shared by every port of
  // 127.0.0.1. So the cookie holds a second secret that opens only the static files
  // (which hold nothing private) and never the API token.
  const assetKey = generateToken();
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const limits = { ...DEFAULT_BUDGET, ...opts.budget };
  const budget = new RequestBudget({ ...limits, maxBytes: Math.max(limits.maxBytes, maxBody) });
  const heartbeatMs = opts.heartbeatMs ?? DEFAULT_HEARTBEAT;
  const rendererRoot = await realpath(opts.rendererDir).catch(() => opts.rendererDir);
  const streams = new Set<ServerResponse>();
  let port = 0;
  let cookieName = '';

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: toAppError(err) });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setBaseHeaders(res);
    const repeated = repeatedHeader(req.rawHeaders);
    if (repeated) return sendError(res, 400, 'bad-request', `Refused: the request has more than one ${repeated} header.`, { Connection: 'close' });
    const host = req.headers.host;
    if (!host || !isAllowedHost(host, port)) {
      return sendError(res, 403, 'bad-request', `Refused: the workbench host answers only to 127.0.0.1:${port} and localhost:${port}.`);
    }
    if (!isAllowedOrigin(req.headers.origin, host)) {
      return sendError(res, 403, 'bad-request', 'Refused: the request comes from another site.');
    }
    const site = req.headers['sec-fetch-site'];
    if (!isAllowedFetchSite(Array.isArray(site) ? site[0] : site)) {
      return sendError(res, 403, 'bad-request', 'Refused: the request comes from another site.');
    }
    const url = parseRequestTarget(req.url, host);
    if (!url) return sendError(res, 400, 'bad-request', 'Refused: the request target is not a plain path.', { Connection: 'close' });
    if (url.pathname === '/api/call') return handleCall(req, res);
    if (url.pathname === '/api/events') return handleEvents(req, res, url);
    if (url.pathname === '/api/upload') return handleUpload(req, res, url);
    if (url.pathname.startsWith('/api/download/')) {
      const authorised = secretsEqual(readCookie(req.headers.cookie, cookieName), assetKey) || secretsEqual(tokenFromHeaders(req.headers), token);
      return serveDownload(req, res, url.pathname.slice('/api/download/'.length), authorised, (id) => opts.backend.openDownload?.(id) ?? null);
    }
    if (url.pathname.startsWith('/api/')) return sendError(res, 404, 'not-found', `No such API route: ${url.pathname}`);
    return handleStatic(req, res, url);
  }

  async function handleCall(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return sendError(res, 405, 'bad-request', 'Use POST for /api/call.', { Allow: 'POST' });
    if (!secretsEqual(tokenFromHeaders(req.headers), token)) return sendError(res, 401, 'bad-request', TOKEN_HELP);
    // A JSON content type cannot be sent by a plain HTML form, one more bar to cross-site posts.
    const type = req.headers['content-type'] ?? '';
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      return sendError(res, 415, 'bad-request', 'Send the request as application/json.');
    }
    const declared = declaredLength(req);
    if (declared !== null && declared > maxBody) return tooLarge(res);
    // Held from the first byte read until the answer is sent: the body, its text, the
    // parsed arguments and the queued call all live that long.
    if (!(await holdBudget(req, res, declared ?? maxBody))) return;
    const body = await readBody(req, maxBody);
    if (!body.ok) {
      if (body.reason === 'aborted') return void res.destroy();
      return tooLarge(res);
    }
    const dense = exceedsJsonShape(body.body, API_JSON_LIMITS);
    if (dense) {
      return sendError(res, 413, 'bad-request', `The request holds more ${dense === 'containers' ? 'objects and lists' : 'values'} than any call of the workbench sends.`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.body.toString('utf8'));
    } catch {
      return sendError(res, 400, 'bad-request', 'The request body is not valid JSON.');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || typeof (parsed as { method?: unknown }).method !== 'string') {
      return sendError(res, 400, 'bad-request', 'The request body must be {"method": "…", "args": {…}}.');
    }
    const { method, args } = parsed as { method: string; args?: unknown };
    let result: Result<unknown>;
    try {
      result = await opts.backend.dispatch(method, args === undefined ? {} : args);
    } catch (err) {
      result = { ok: false, error: toAppError(err) };
    }
    sendJson(res, 200, result);
  }

  /**
   * Reserves `bytes` of the budget until the answer is sent (false: the client went away
   * while waiting). After a large request, memory is collected at once.
   */
  async function holdBudget(req: IncomingMessage, res: ServerResponse, bytes: number): Promise<boolean> {
    const granted = await budget.acquire(bytes);
    const release = bytes < RECLAIM_AFTER_BYTES ? granted : () => {
      reclaimMemory();
      granted();
    };
    // A client that went away while waiting has already had its close event.
    if (req.socket.destroyed) {
      release();
      return false;
    }
    res.once('close', release);
    return true;
  }

  async function handleUpload(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method === 'POST' && !secretsEqual(tokenFromHeaders(req.headers), token)) return sendError(res, 401, 'bad-request', TOKEN_HELP);
    // Streamed to disk: it holds a request slot and a few chunks, never the file.
    if (req.method === 'POST' && !(await holdBudget(req, res, UPLOAD_RESERVATION))) return;
    return serveUpload(req, res, url, opts.backend);
  }

  function tooLarge(res: ServerResponse): void {
    sendError(res, 413, 'bad-request', `The request is larger than ${Math.round(maxBody / 1024 / 1024)} MB.`, { Connection: 'close' });
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.method !== 'GET') return sendError(res, 405, 'bad-request', 'Use GET for /api/events.', { Allow: 'GET' });
    // EventSource cannot send headers, so the page passes the token in the query here.
    const presented = tokenFromHeaders(req.headers) ?? url.searchParams.get('token');
    if (!secretsEqual(presented, token)) return sendError(res, 401, 'bad-request', TOKEN_HELP);
    if (streams.size >= MAX_EVENT_STREAMS) {
      return sendError(res, 429, 'bad-request', `Refused: ${MAX_EVENT_STREAMS} event streams are open already; close some workbench tabs.`, { 'Retry-After': '5' });
    }
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 2000\n: connected\n\n');
    streams.add(res);
    const off = opts.backend.events.onAny((name, payload) => {
      // A reader that does not read would make the host hold every event for it.
      if (res.writableLength > MAX_UNREAD_EVENTS) return void res.destroy();
      res.write(`event: ${name}\ndata: ${JSON.stringify(payload ?? null)}\n\n`);
    });
    const beat = setInterval(() => res.write(': ping\n\n'), heartbeatMs);
    beat.unref();
    const cleanup = () => {
      clearInterval(beat);
      off();
      streams.delete(res);
    };
    req.on('close', cleanup);
    res.on('close', cleanup);
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(res, 405, 'bad-request', 'Only GET and HEAD are served here.', { Allow: 'GET, HEAD' });
    }
    const queryToken = url.searchParams.get('token');
    const byQuery = queryToken !== null && secretsEqual(queryToken, token);
    const byHeader = secretsEqual(tokenFromHeaders(req.headers), token);
    const byCookie = secretsEqual(readCookie(req.headers.cookie, cookieName), assetKey);
    if (!byQuery && !byHeader && !byCookie) return sendError(res, 401, 'bad-request', TOKEN_HELP);

    const notFound = () => sendError(res, 404, 'not-found', `Not found: ${url.pathname}`);
    const candidate = resolveStaticPath(rendererRoot, url.pathname);
    if (!candidate) return notFound();
    // realpath resolves symbolic links, so a link inside out/renderer cannot point outside it.
    const real = await realpath(candidate).catch(() => null);
    if (!real || !isInside(rendererRoot, real)) return notFound();
    const info = await stat(real).catch(() => null);
    if (!info || !info.isFile()) return notFound();

    const type = mimeTypeFor(real);
    const headers: Record<string, string | number> = { 'Content-Type': type, 'Content-Length': info.size };
    if (type.startsWith('text/html')) {
      headers['Content-Security-Policy'] = RENDERER_CSP;
      headers['Cache-Control'] = 'no-store';
    } else {
      headers['Cache-Control'] = 'no-cache';
    }
    if (byQuery) headers['Set-Cookie'] = `${cookieName}=${assetKey}; Path=/; HttpOnly; SameSite=Strict`;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return void res.end();
    const stream = createReadStream(real);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  server.maxConnections = MAX_CONNECTIONS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: nothing on the network can reach the workbench.
    server.listen(opts.port ?? 0, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  cookieName = `pwb_asset_${port}`;
  const origin = `http://${LOOPBACK}:${port}`;

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      for (const res of streams) res.end();
      streams.clear();
      server.close(() => resolve());
      server.closeAllConnections();
    }));

  return { url: `${origin}/?token=${token}`, origin, port, token, server, close };
}

