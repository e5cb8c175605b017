// `export --format site`: a static report site for any web server and for file://. The
// HTML export's pages and folder tree, plus an index with verdict and domain filters,
// previous/next links between sections, and full-text search over a prebuilt index.
// Every page is rendered by the same escaping renderers as the HTML export; the only
// scripts are the site's own files in assets/ (CSP `script-src 'self'`, nothing inline).
import { VERDICTS } from '../../shared/models';
import type { ProjectInfo, Section } from '../../shared/models';
import { escapeHtml, indexHrefFor, pageLabels, printPageRule, renderIndexPage, renderSectionPage, sectionFileSegments, sectionHtmlHref, sectionTitle } from '../export';
import { siteClientScript } from './client/site-client';
import { siteLabels } from './labels';
import { buildSearchPayload, searchIndexScript } from './search-index';
import { siteStylesheet } from './site-style';

export const SITE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

export const SITE_ASSETS = ['site.css', 'site.js', 'minisearch.js', 'search-index.js'] as const;
const PAGE_SCRIPTS: readonly string[] = [];
const INDEX_SCRIPTS = ['minisearch.js', 'search-index.js', 'site.js'];

export interface SiteFile {
  segments: string[];
  render: () => string;
}

function toolsMarkup(project: ProjectInfo, sections: readonly Section[]): string {
  const page = pageLabels(project.language);
  const site = siteLabels(project.language);
  const domains = [...new Set(sections.map((s) => s.path[0] ?? ''))];
  const verdictOptions = VERDICTS.map((v) => `<option value="${v}">${escapeHtml(page.verdicts[v])}</option>`).join('');
  const domainOptions = domains.map((d) => `<option value="${escapeHtml(d)}">${escapeHtml(d === '' ? site.noDomain : d)}</option>`).join('');
  // Hidden until the script runs: without it the page is the plain index, which works.
  return [
    `<section id="site-tools" class="site-tools" aria-labelledby="search-heading" hidden` +
      ` data-shown="${escapeHtml(JSON.stringify(site.shown(sections.length)))}"` +
      ` data-result-counts="${escapeHtml(JSON.stringify(site.resultCounts(sections.length)))}"` +
      ` data-verdict-labels="${escapeHtml(JSON.stringify(page.verdicts))}">`,
    `<h2 id="search-heading">${escapeHtml(site.tools)}</h2>`,
    '<form class="search-form" role="search">',
    `<label for="site-search">${escapeHtml(site.search)}</label>`,
    `<input type="search" id="site-search" name="q" autocomplete="off" spellcheck="false" aria-describedby="search-hint" aria-controls="search-results">`,
    `<p id="search-hint" class="meta">${escapeHtml(site.searchHint)}</p>`,
    '</form>',
    `<p id="search-status" class="meta" role="status"></p>`,
    `<div id="search-results" class="search-results" aria-label="${escapeHtml(site.results)}" hidden></div>`,
    `<fieldset class="filters"><legend>${escapeHtml(site.filters)}</legend>`,
    `<div><label for="filter-verdict">${escapeHtml(page.verdict)}</label><select id="filter-verdict"><option value="">${escapeHtml(site.all)}</option>${verdictOptions}</select></div>`,
    `<div><label for="filter-domain">${escapeHtml(site.domainFilter)}</label><select id="filter-domain"><option value="">${escapeHtml(site.all)}</option>${domainOptions}</select></div>`,
    `<p id="filter-count" class="meta" role="status"></p>`,
    '</fieldset>',
    '</section>',
  ].join('\n');
}

/**
 * Every file of the site, relative to its root. Sections come in tree order (the caller
 * sorts); a section whose name cannot be a file is the caller's to refuse before this runs.
 */
export interface SiteOptions {
  generatedAt?: string;
  /** MiniSearch as a classic browser script (its UMD build); the backend reads it from the package. */
  minisearchScript: string;
}

export function buildSite(sections: readonly Section[], project: ProjectInfo, opts: SiteOptions): SiteFile[] {
  const site = siteLabels(project.language);
  const files: SiteFile[] = [];
  const hrefs = sections.map((s) => sectionHtmlHref(s));
  sections.forEach((section, i) => {
    const r = sectionFileSegments(section, 'html');
    if (!r.ok) throw new Error(r.message);
    const up = '../'.repeat(section.path.length);
    const neighbour = (j: number) => {
      const href = hrefs[j];
      return j >= 0 && j < sections.length && href !== null ? { href: up + href, title: sectionTitle(sections[j]) } : undefined;
    };
    const prev = neighbour(i - 1);
    const next = neighbour(i + 1);
    files.push({
      segments: r.segments,
      render: () =>
        renderSectionPage(section, {
          project,
          generatedAt: opts.generatedAt,
          indexHref: indexHrefFor(section),
          site: {
            assetsHref: `${up}assets/`,
            scripts: PAGE_SCRIPTS,
            csp: SITE_CSP,
            labels: { previous: site.previous, next: site.next, pager: site.pager },
            ...(prev ? { prev } : {}),
            ...(next ? { next } : {}),
          },
        }),
    });
  });
  const index = sections.map((s) => ({ id: s.id, path: s.path, name: s.name, heading: s.heading, verdict: s.verdict, status: s.status, referenceCount: s.references.length }));
  files.push({
    segments: ['index.html'],
    render: () => renderIndexPage(project, index, { site: { assetsHref: 'assets/', scripts: INDEX_SCRIPTS, csp: SITE_CSP, before: toolsMarkup(project, sections) } }),
  });
  files.push({ segments: ['assets', 'site.css'], render: () => siteStylesheet(printPageRule(pageLabels(project.language))) });
  files.push({ segments: ['assets', 'site.js'], render: () => siteClientScript() });
  files.push({ segments: ['assets', 'minisearch.js'], render: () => opts.minisearchScript });
  files.push({
    segments: ['assets', 'search-index.js'],
    render: () => searchIndexScript(buildSearchPayload(sections.map((section, i) => ({ section, href: hrefs[i] ?? '' })))),
  });
  return files;
}
