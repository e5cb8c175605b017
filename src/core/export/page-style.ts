// Inline CSS for the exported pages (the CSP allows inline styles and nothing external).
// Every foreground/background pair meets WCAG 2.1 AA (test/e2e/a11y.e2e.ts runs axe on the pages).
import { verdictCss } from '../theme/verdict-palette';

// The verdict classes are shared with the preview, which may reuse BADGE_CSS.

export const BADGE_CSS = `
.badge { display: inline-block; padding: 0.1em 0.6em; border-radius: 1em; font-size: 0.85em; font-weight: 600;
  border: 1px solid currentColor; white-space: nowrap; }
.verdict { color: var(--verdict-text); background: var(--verdict-bg); }
.verdict-unknown { color: #3d4650; background: #eef0f2; }
.workflow { color: #444; background: #fff; font-weight: 400; }
${verdictCss({ dark: false })}
`;

export const PAGE_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 1.5rem 1.25rem 3rem; font: 16px/1.6 system-ui, -apple-system,
  "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1b1b1b; background: #fff; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.4em 0 0.5em; }
h1 { font-size: 1.8rem; margin-top: 0.4em; }
a { color: #0b57a4; }
a:focus-visible, summary:focus-visible { outline: 2px solid #0b57a4; outline-offset: 2px; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; font-size: 0.92em; }
pre { background: #f5f5f5; padding: 0.75rem; overflow-x: auto; }
blockquote { margin: 1em 0; padding: 0 1em; border-left: 4px solid #ccc; color: #444; }
table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; }
.breadcrumbs { font-size: 0.9rem; color: #555; }
.breadcrumbs ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3em; }
.breadcrumbs li + li::before { content: "›"; margin-right: 0.3em; color: #888; }
.status-line { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; margin: 0.25em 0 0.75em; }
.verdict-note { white-space: pre-line; border-left: 4px solid #ddd; padding-left: 0.75em; color: #333; }
details.agreement { border: 1px solid #ddd; border-radius: 4px; padding: 0.5em 0.9em; margin: 1em 0 1.5em; background: #fafafa; }
details.agreement summary { cursor: pointer; font-weight: 600; }
details.agreement mark { background: #fff0a8; color: inherit; }
.cite a { text-decoration: none; }
.cite.missing { color: #a11b1b; text-decoration: underline wavy #a11b1b; }
.image-alt, .image-link { font-style: italic; }
ol.references { list-style: none; padding-left: 0; }
ol.references li { margin: 0 0 0.6em; padding-left: 3.2em; text-indent: -3.2em; overflow-wrap: anywhere; }
.ref-number { display: inline-block; min-width: 3em; text-indent: 0; font-weight: 600; }
.ref-date { color: #555; font-variant-numeric: tabular-nums; }
.ref-untitled { color: #595959; font-style: italic; }
.ref-url { color: #555; font-size: 0.9em; }
.backref { margin-left: 0.2em; }
.uncited .ref-number { color: #595959; }
.meta { color: #555; font-size: 0.9rem; }
footer { margin-top: 3rem; border-top: 1px solid #ddd; padding-top: 0.5rem; color: #666; font-size: 0.85rem; }
.verdict-counts { list-style: none; padding: 0; margin: 0.5em 0 1em; }
.verdict-counts li { display: grid; grid-template-columns: 13.5em 2.5em 1fr; gap: 0.5em; align-items: center; margin: 0.25em 0; }
.verdict-counts .count { text-align: right; font-variant-numeric: tabular-nums; }
.bar-track { height: 0.8em; background: #eee; border-radius: 0.4em; overflow: hidden; }
.bar { display: block; height: 100%; border-radius: 0.4em; background: var(--verdict); }
.stacked { display: flex; height: 1.1em; border-radius: 0.3em; overflow: hidden; border: 1px solid #ccc; margin: 0.5em 0 1.5em; }
.stacked span { display: block; height: 100%; background: var(--verdict); }
ul.sections { list-style: none; padding-left: 0; }
ul.sections li { margin: 0.3em 0; display: flex; flex-wrap: wrap; gap: 0.5em; align-items: baseline; }
.folder { margin-left: 0.9em; }
.folder.level-1 { margin-left: 0; }
.not-exported { color: #a11b1b; font-size: 0.85em; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; color: #000; }
  a { color: #000; }
  /* Printed pages cannot be clicked: show where external links go. */
  a[href^="http:"]::after, a[href^="https:"]::after, a[href^="mailto:"]::after {
    content: " <" attr(href) ">"; font-size: 0.8em; color: #333; overflow-wrap: anywhere; word-break: break-all; }
  .backref, .breadcrumbs { display: none; }
  details.agreement { background: none; }
  details.agreement > :not(summary) { display: block !important; }
  ol.references li, .verdict-counts li, ul.sections li { break-inside: avoid; page-break-inside: avoid; }
  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  .badge { border-width: 1px; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .stacked, .bar { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
/* Separate rule: a browser that does not know ::details-content must not drop the rules above. */
@media print { details.agreement::details-content { content-visibility: visible !important; display: block !important; } }
`;

export const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
