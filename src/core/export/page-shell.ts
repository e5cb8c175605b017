import { escapeHtml } from './escape';
import { BADGE_CSS, CSP, PAGE_CSS } from './page-style';

/**
 * A complete HTML5 document: no scripts, no external resources, a CSP that forbids both,
 * and inline CSS only. `title` is plain text; `bodyHtml` is already-safe markup.
 */
export function htmlDocument(title: string, bodyHtml: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="Policy Workbench">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${BADGE_CSS}${PAGE_CSS}</style>`,
    '</head>',
    '<body>',
    bodyHtml,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
