import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, mimeTypeFor, resolveStaticPath } from './static-path';

const root = resolve('/srv/renderer');

describe('resolveStaticPath', () => {
  it('maps URL paths to files under the root; / is the index page', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/app-1a2b.js')).toBe(join(root, 'assets', 'app-1a2b.js'));
    expect(resolveStaticPath(root, '/assets/a%20b.css')).toBe(join(root, 'assets', 'a b.css'));
    expect(resolveStaticPath(root, '/assets/./x/../y.js')).toBe(join(root, 'assets', 'y.js'));
  });

  it('refuses everything that would leave the root or is malformed', () => {
    for (const p of ['/..', '/../etc/passwd', '/assets/../../x', '/%2e%2e/x', '/%2E%2E%2Fx', '/..%5cx', '/a\\..\\..\\x', '/%00', '/a%00.js', '/%E0%A4%A', 'relative', '//etc/passwd/..', '/%2fetc%2fpasswd']) {
      const got = resolveStaticPath(root, p);
      expect(got === null || isInside(root, got), `${p} -> ${got}`).toBe(true);
    }
    expect(resolveStaticPath(root, '/../etc/passwd')).toBeNull();
    expect(resolveStaticPath(root, '/%2e%2e/x')).toBeNull();
    expect(resolveStaticPath(root, '/..%5cx')).toBeNull();
    expect(resolveStaticPath(root, '/a%00.js')).toBeNull();
    expect(resolveStaticPath(root, '/%E0%A4%A')).toBeNull();
    expect(resolveStaticPath(root, 'relative')).toBeNull();
    expect(resolveStaticPath(root, '/..')).toBeNull();
  });

  it('knows the MIME types the renderer needs', () => {
    expect(mimeTypeFor('a.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('codicon.ttf')).toBe('font/ttf');
    expect(mimeTypeFor('x.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('x.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('x.unknown')).toBe('application/octet-stream');
  });
});
