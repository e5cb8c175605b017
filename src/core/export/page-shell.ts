import { escapeHtml } from './escape';
import { BADGE_CSS, CSP, PAGE_CSS } from './page-style';

export interface DocumentOptions {
  /** `lang` of the page (its labels); Dutch content inside carries its own `lang="nl"`. */
  lang?: string;
  /** A site page links its stylesheet and scripts instead of carrying them inline. */
  site?: { assetsHref: string; scripts: readonly string[]; csp: string };
  /** A class on `<body>` (e.g. `print` for the page made to be printed). */
  bodyClass?: string;
  /** The `@page` rule (page size, numbered footer) in the page's language. */
  pageRule?: string;
}

/**
 * A complete HTML5 document without external resources. Standalone pages carry their CSS
 * inline and no script at all (the CSP forbids both); site pages link the site's own
 * stylesheet and scripts from its assets folder (`script-src 'self'`, nothing inline).
 * `title` is plain text; `bodyHtml` is already-safe markup.
 */
export function htmlDocument(title: string, bodyHtml: string, opts: DocumentOptions = {}): string {
  const site = opts.site;
  const head = site
    ? [
        `<meta http-equiv="Content-Security-Policy" content="${site.csp}">`,
        `<link rel="stylesheet" href="${escapeHtml(site.assetsHref)}site.css">`,
        ...site.scripts.map((s) => `<script src="${escapeHtml(site.assetsHref + s)}" defer></script>`),
      ]
    : [`<meta http-equiv="Content-Security-Policy" content="${CSP}">`];
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(opts.lang ?? 'nl')}">`,
    '<head>',
    '<meta charset="utf-8">',
    head[0],
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="Policy Workbench">',
    `<title>${escapeHtml(title)}</title>`,
    ...(site ? head.slice(1) : [`<style>${BADGE_CSS}${PAGE_CSS}${opts.pageRule ?? ''}</style>`]),
    '</head>',
    opts.bodyClass ? `<body class="${escapeHtml(opts.bodyClass)}">` : '<body>',
    bodyHtml,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
