import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppError, ErrorCode } from '../../shared/models';

/** Headers every response carries, whatever it is. */
export function setBaseHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // The page URL carries the token; no request may send it on as a Referer.
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
}

export function sendJson(res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(text);
}

export function errorBody(code: ErrorCode, message: string): { ok: false; error: AppError } {
  return { ok: false, error: { code, message } };
}

export function sendError(res: ServerResponse, status: number, code: ErrorCode, message: string, extraHeaders: Record<string, string> = {}): void {
  sendJson(res, status, errorBody(code, message), extraHeaders);
}

export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: 'too-large' | 'aborted' };

/** The request's declared body length, or null when it is sent in chunks (or the header is not a plain number). */
export function declaredLength(req: IncomingMessage): number | null {
  const raw = req.headers['content-length'];
  if (raw === undefined || !/^\d{1,15}$/.test(raw)) return null;
  return Number(raw);
}

/**
 * Reads a request body, giving up (without buffering the rest) once it exceeds `limit`
 * bytes. A declared length is read into one buffer of that size, so a body costs its
 * size once, not twice (chunks plus their concatenation).
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = declaredLength(req);
    if (declared !== null && declared > limit) {
      req.resume();
      resolve({ ok: false, reason: 'too-large' });
      return;
    }
    const whole = declared !== null ? Buffer.allocUnsafe(declared) : null;
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r: BodyResult) => {
      if (done) return;
      done = true;
      resolve(r);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      if (size + chunk.length > (declared ?? limit)) {
        chunks.length = 0;
        req.resume();
        finish({ ok: false, reason: 'too-large' });
        return;
      }
      if (whole) chunk.copy(whole, size);
      else chunks.push(chunk);
      size += chunk.length;
    });
    req.on('end', () => {
      if (whole) finish(size === whole.length ? { ok: true, body: whole } : { ok: false, reason: 'aborted' });
      else finish({ ok: true, body: Buffer.concat(chunks, size) });
    });
    req.on('error', () => finish({ ok: false, reason: 'aborted' }));
    req.on('close', () => finish({ ok: false, reason: 'aborted' }));
  });
}
