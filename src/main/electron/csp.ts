// The renderer's CSP as the Electron shell applies it. The policy itself is shared with
// the browser host (src/main/host/csp.ts), so both transports enforce the same one.
import { RENDERER_CSP } from '../host/csp';

export { CSP_DIRECTIVES, RENDERER_CSP, RENDERER_CSP_META } from '../host/csp';

/**
 * Response headers with our CSP in place of any the response had (header names are
 * case-insensitive, so every spelling of an existing one is dropped first).
 */
export function withCspHeader(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [RENDERER_CSP];
  return out;
}
