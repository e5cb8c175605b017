import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';

/** A fresh secret: 32 random bytes, base64url (43 characters, safe in a URL). */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Compares a presented secret with the expected one in constant time. Both are hashed
 * first so neither the length nor the content leaks through timing.
 */
export function secretsEqual(presented: string | null | undefined, expected: string): boolean {
  if (typeof presented !== 'string' || presented.length === 0 || presented.length > 1024) return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * DNS-rebinding defence: a page from `evil.example` whose name was re-pointed at
 * 127.0.0.1 still sends `Host: evil.example`. Only our own address and port pass.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/**
 * A browser names the page that made a request in `Origin` (always for POST and for
 * cross-origin requests). When present it must be the origin the request is addressed
 * to, so another site — or another port on this machine — cannot drive the API.
 */
export function isAllowedOrigin(origin: string | undefined, host: string): boolean {
  return origin === undefined || origin === `http://${host}`;
}

/**
 * Fetch metadata, where the browser sends it: only requests from our own pages
 * (`same-origin`) or typed/opened by the person (`none`) are served.
 */
export function isAllowedFetchSite(site: string | undefined): boolean {
  return site === undefined || site === 'same-origin' || site === 'none';
}

/** The API token from `Authorization: Bearer …` or `x-pwb-token`, or null. */
export function tokenFromHeaders(headers: { authorization?: string; 'x-pwb-token'?: string | string[] }): string | null {
  const auth = headers.authorization;
  if (typeof auth === 'string') {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (m) return m[1];
  }
  const x = headers['x-pwb-token'];
  return typeof x === 'string' && x.length > 0 ? x : null;
}

/** The value of cookie `name` from a Cookie header, or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/**
 * Headers a request may carry once. Node keeps the first of two `Host` (or
 * `Authorization`, `Origin` …) lines and drops the second silently, but a proxy or
 * another parser on the way may keep the other one: two answers to "who is asking"
 * are refused outright.
 */
const SINGLE_HEADERS = new Set(['host', 'origin', 'authorization', 'x-pwb-token', 'content-type', 'content-length', 'transfer-encoding', 'sec-fetch-site', 'cookie']);

/** The first header (lower case) that occurs more than once among those that must be single, or null. */
export function repeatedHeader(rawHeaders: readonly string[]): string | null {
  const seen = new Set<string>();
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i].toLowerCase();
    if (!SINGLE_HEADERS.has(name)) continue;
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return null;
}

const MAX_TARGET = 8192;

/**
 * The request target as a URL, or null when it is not a plain path (`/…`): an absolute
 * URL, `*`, a `//host` form (which a URL parser reads as another host), a target with
 * spaces or control characters, one too long, or one no URL parser accepts.
 */
export function parseRequestTarget(target: string | undefined, host: string): URL | null {
  if (typeof target !== 'string' || target.length === 0 || target.length > MAX_TARGET) return null;
  if (!target.startsWith('/') || target.startsWith('//')) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f\\]/.test(target)) return null;
  try {
    const url = new URL(target, `http://${host}`);
    // A path that does not decode (`/%`, a cut UTF-8 sequence) names nothing.
    decodeURIComponent(url.pathname);
    return url.host === host ? url : null;
  } catch {
    return null;
  }
}
