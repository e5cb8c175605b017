import { originOf } from './app-url';

// The renderer needs no device, location or notification access. Writing to the
// clipboard (Monaco's copy, "copy link") is the one permission it uses.
const ALLOWED = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(requestingUrl);
  return ALLOWED.has(permission) && origin !== null && allowedOrigins.includes(origin);
}
