import { extname, isAbsolute, normalize, relative, resolve, sep } from 'node:path';

/**
 * Maps a URL path to a file under `root`, or null when it would leave `root` (`..`,
 * encoded `%2e%2e`, backslashes, absolute paths, NUL bytes) or is not decodable.
 * `/` is the index page. Symbolic links are checked by the caller with realpath.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (!decoded.startsWith('/')) return null;
  const wanted = decoded === '/' ? '/index.html' : decoded;
  const rel = normalize(wanted.slice(1));
  if (isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return null;
  const base = resolve(root);
  const full = resolve(base, rel);
  const back = relative(base, full);
  if (back === '' || back.startsWith('..') || isAbsolute(back)) return null;
  return full;
}

export { isInside } from '../backend/fs/inside';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Content-Type for a file name; unknown kinds are served as bytes (with nosniff, never run). */
export function mimeTypeFor(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
