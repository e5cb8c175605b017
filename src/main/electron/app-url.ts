// The renderer is served from a privileged custom scheme rather than file://, so it has
// a real origin: `'self'` in the CSP, module workers and the IPC sender check all key on
// `app://workbench`, and no other file on disk is reachable from the page.
export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null when it has none. Node's `URL.origin` is
 * "null" for schemes it does not know (like `app:`), so this builds it by hand.
 */
export function originOf(url: string | undefined | null): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (!u.host) return null;
  return `${u.protocol}//${u.host}`;
}

/** The origins the app's own pages may have: the app scheme, plus the dev server in development. */
export function appOrigins(devServerUrl: string | undefined): string[] {
  const origins = [APP_ORIGIN];
  const dev = originOf(devServerUrl);
  if (dev && /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(dev)) origins.push(dev);
  return origins;
}
