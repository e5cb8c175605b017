import { originOf } from './app-url';

/**
 * Whether the window may navigate to `url`: only to a page of the app itself (same
 * origin as the app). Everything else — other sites, file:, data:, javascript:,
 * about: — is refused, so a link in a report can never replace the app with a page
 * that would then get the preload bridge.
 */
export function isNavigationAllowed(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && allowedOrigins.includes(origin);
}

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MAX_EXTERNAL_URL = 8_192;

/**
 * Whether a link may be handed to the operating system (`shell.openExternal`): only
 * web pages and mail addresses. Anything else could start a local program
 * (file:, smb:, custom app schemes) with attacker-chosen arguments.
 */
export function isExternalAllowed(url: string): boolean {
  if (url.length > MAX_EXTERNAL_URL) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (!EXTERNAL_PROTOCOLS.has(u.protocol)) return false;
  if (u.protocol === 'mailto:') return u.pathname.length > 0;
  // Credentials in a link are a phishing trick (`https://bank.example@evil.example`).
  return u.hostname.length > 0 && u.username === '' && u.password === '';
}
