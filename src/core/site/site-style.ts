// The site's stylesheet (assets/site.css): the exported pages' styles plus the site's own
// parts (search, filters, previous/next).
import { BADGE_CSS, PAGE_CSS } from '../export';

const SITE_CSS = `
.site-tools { border: 1px solid #ccc; border-radius: 6px; padding: 0.75rem 1rem; margin: 1rem 0 1.5rem; background: #fafafa; }
.site-tools h2 { margin-top: 0.2em; }
.search-form label, .filters label { display: block; font-weight: 600; margin-bottom: 0.25em; }
.search-form input[type="search"] { width: 100%; font: inherit; padding: 0.45em 0.6em; border: 1px solid #6b6b6b; border-radius: 4px; }
.search-form input:focus-visible, .filters select:focus-visible { outline: 2px solid #0b57a4; outline-offset: 1px; }
.filters { display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem; align-items: end; border: 0; padding: 0; margin: 1rem 0 0; }
.filters legend { font-weight: 600; padding: 0; margin-bottom: 0.25em; }
.filters select { font: inherit; padding: 0.3em; border: 1px solid #6b6b6b; border-radius: 4px; background: #fff; color: #1b1b1b; }
.search-hits { padding-left: 1.5em; }
.search-hit { margin: 0.6em 0 0.9em; }
.search-hit a { font-weight: 600; }
.snippet { margin: 0.2em 0 0; color: #333; font-size: 0.95rem; }
.snippet mark { background: #fff0a8; color: inherit; }
.pager { display: flex; justify-content: space-between; gap: 1rem; margin-top: 2.5rem; border-top: 1px solid #ddd; padding-top: 0.75rem; }
.pager a { display: block; max-width: 48%; text-decoration: none; }
.pager .pager-next { text-align: right; margin-left: auto; }
.pager-word { display: block; font-size: 0.85rem; color: #555; }
.pager-title { text-decoration: underline; }
[hidden] { display: none !important; }
@media print { .site-tools, .pager { display: none; } }
`;

/** The stylesheet, its printed-page footer in the site's language. */
export function siteStylesheet(pageRule: string): string {
  return `${BADGE_CSS}${PAGE_CSS}${SITE_CSS}${pageRule}\n`;
}
