// What the `app://workbench/…` protocol answers, without electron: the Electron side
// only turns this into a Response. Shares the path rules with the browser host.
import { realpath, stat } from 'node:fs/promises';
import { isInside, mimeTypeFor, resolveStaticPath } from '../host/static-path';
import { APP_HOST, APP_SCHEME } from './app-url';
import { RENDERER_CSP } from './csp';

export interface AppProtocolAnswer {
  status: number;
  headers: Record<string, string>;
  /** The file to send when status is 200. */
  file?: string;
}

const NOT_FOUND: AppProtocolAnswer = { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } };

export async function answerAppRequest(requestUrl: string, rendererRoot: string): Promise<AppProtocolAnswer> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return NOT_FOUND;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return NOT_FOUND;
  const candidate = resolveStaticPath(rendererRoot, url.pathname);
  if (!candidate) return NOT_FOUND;
  const root = await realpath(rendererRoot).catch(() => rendererRoot);
  const real = await realpath(candidate).catch(() => null);
  if (!real || !isInside(root, real)) return NOT_FOUND;
  const info = await stat(real).catch(() => null);
  if (!info?.isFile()) return NOT_FOUND;
  const type = mimeTypeFor(real);
  const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' };
  if (type.startsWith('text/html')) headers['Content-Security-Policy'] = RENDERER_CSP;
  return { status: 200, headers, file: real };
}
