// The renderer's one way to the backend. In Electron the preload has put `window.pwb`
// on the page; in a browser the page was opened as http://127.0.0.1:PORT/?token=…
// and talks HTTP. Features never know which.
import type { ApiClient } from '../../shared/api';
import { createHttpClient, createMissingTokenClient } from './http-client';

let client: ApiClient | null = null;

export function getClient(): ApiClient {
  if (client) return client;
  if (window.pwb) {
    client = window.pwb;
  } else {
    const token = new URLSearchParams(window.location.search).get('token');
    client = token ? createHttpClient({ token }) : createMissingTokenClient();
  }
  return client;
}

/** `process.platform` in Electron; in a browser, a best guess from the user agent (for shortcut labels only). */
export function getPlatform(): string {
  if (window.pwb) return window.pwb.platform;
  return /Mac/i.test(navigator.platform || navigator.userAgent) ? 'darwin' : 'other';
}
