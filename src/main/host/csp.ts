// The one Content-Security-Policy for the renderer, wherever it is served from: the
// loopback browser host (header), the Electron app protocol (header, via
// src/main/electron/csp.ts) and the <meta> in index.html. It lives here, not under
// electron/, because the host may not import from the electron folder. Monaco needs `style-src 'unsafe-inline'` (it sets style attributes and
// injects <style> for themes) and `worker-src blob:` (its worker bootstrap); nothing
// needs `unsafe-eval`, inline scripts or any remote host.
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self' data:"],
  ['worker-src', "'self' blob:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['frame-ancestors', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

export const RENDERER_CSP = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/**
 * `frame-ancestors` is ignored (with a console warning) when delivered by <meta>, so the
 * copy in index.html leaves it out; the header carries it.
 */
export const RENDERER_CSP_META = CSP_DIRECTIVES.filter(([name]) => name !== 'frame-ancestors')
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');
