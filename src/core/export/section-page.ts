import type { ProjectInfo, Section } from '../../shared/models';
import { verdictBadge, workflowBadge } from './badges';
import { escapeHtml, safeRelativeHref } from './escape';
import { formatGeneratedAt, pageLabels, printPageRule } from './labels';
import type { PageLabels } from './labels';
import { renderBody } from './markdown';
import { htmlDocument } from './page-shell';
import { renderReferencesHtml } from './references';

/** A link to another page of an export, with the text shown for it. */
export interface PageLink {
  href: string;
  title: string;
}

export interface SectionPageContext {
  project: ProjectInfo;
  /** An ISO instant, shown in the footer as a date in the project's language. */
  generatedAt?: string;
  /** Link from the breadcrumbs back to the export's index (see indexHrefFor); none when absent. */
  indexHref?: string;
  /** A page of the report site: previous/next links, the site's stylesheet and scripts. */
  site?: { assetsHref: string; scripts: readonly string[]; csp: string; prev?: PageLink; next?: PageLink; labels: { previous: string; next: string; pager: string } };
  /** The page made to be printed (PDF): `<body class="print">`, no back-links. */
  print?: boolean;
}

/** The agreement text, escaped, with `[bracketed commitments]` highlighted. Never altered otherwise. */
export function renderAgreementHtml(agreement: string): string {
  let out = '';
  let last = 0;
  for (const m of agreement.matchAll(/\[[^[\]]+\]/g)) {
    out += escapeHtml(agreement.slice(last, m.index)) + `<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return out + escapeHtml(agreement.slice(last));
}

function breadcrumbs(section: Section, project: ProjectInfo, indexHref: string | null, title: string, labels: PageLabels): string {
  const root = indexHref
    ? `<li><a href="${escapeHtml(indexHref)}">${escapeHtml(project.name)}</a></li>`
    : `<li>${escapeHtml(project.name)}</li>`;
  const folders = section.path.map((folder) => `<li>${escapeHtml(folder)}</li>`).join('');
  return `<nav class="breadcrumbs" aria-label="${escapeHtml(labels.breadcrumbs)}"><ol>${root}${folders}<li aria-current="page" lang="nl">${escapeHtml(title)}</li></ol></nav>`;
}

function pager(site: NonNullable<SectionPageContext['site']>): string {
  const link = (l: PageLink | undefined, rel: 'prev' | 'next', word: string) => {
    const href = l ? safeRelativeHref(l.href) : null;
    if (!l || href === null) return `<span class="pager-${rel} pager-none"></span>`;
    const arrow = rel === 'prev' ? '← ' : '';
    const after = rel === 'next' ? ' →' : '';
    return `<a class="pager-${rel}" rel="${rel}" href="${escapeHtml(href)}"><span class="pager-word">${arrow}${escapeHtml(word)}${after}</span> <span class="pager-title" lang="nl">${escapeHtml(l.title)}</span></a>`;
  };
  return `<nav class="pager" aria-label="${escapeHtml(site.labels.pager)}">${link(site.prev, 'prev', site.labels.previous)}${link(site.next, 'next', site.labels.next)}</nav>`;
}

/** The title a section is shown under: its heading, or its name when the heading is blank. */
export function sectionTitle(section: Pick<Section, 'heading' | 'name'>): string {
  return section.heading.trim() !== '' ? section.heading : section.name;
}

/** A standalone HTML page for one section: script-free, or a page of the report site. */
export function renderSectionPage(section: Section, ctx: SectionPageContext): string {
  const labels = pageLabels(ctx.project.language);
  const title = sectionTitle(section);
  const indexHref = ctx.indexHref !== undefined ? safeRelativeHref(ctx.indexHref) : null;
  const body = renderBody(section.body, section.references);
  const parts: string[] = [];

  parts.push('<header>');
  parts.push(breadcrumbs(section, ctx.project, indexHref, title, labels));
  parts.push(`<h1 lang="nl">${escapeHtml(title)}</h1>`);
  parts.push(
    `<p class="status-line"><span class="label">${escapeHtml(labels.verdict)}:</span> ${verdictBadge(section.verdict, labels)} ` +
      `<span class="label">${escapeHtml(labels.status)}:</span> ${workflowBadge(section.status, labels)}</p>`,
  );
  if (section.verdictNote.trim() !== '') {
    parts.push(
      `<div class="verdict-justification"><span class="label">${escapeHtml(labels.justification)}:</span>` +
        `<p class="verdict-note" lang="nl">${escapeHtml(section.verdictNote)}</p></div>`,
    );
  }
  parts.push('</header>');

  parts.push('<main>');
  if (section.agreement.trim() !== '') {
    // Printed, the agreement is a quotation that is always shown; on screen it folds away.
    parts.push(
      ctx.print
        ? `<section class="agreement"><h2>${escapeHtml(labels.agreement)}</h2><blockquote lang="nl"><p>${renderAgreementHtml(section.agreement)}</p></blockquote></section>`
        : `<details class="agreement"><summary>${escapeHtml(labels.agreement)}</summary><p lang="nl">${renderAgreementHtml(section.agreement)}</p></details>`,
    );
  }
  parts.push(`<article class="body" lang="nl">\n${body.html}</article>`);
  parts.push('<section class="references-section" aria-labelledby="references-heading">');
  parts.push(`<h2 id="references-heading">${escapeHtml(labels.references)}</h2>`);
  parts.push(
    section.references.length > 0
      ? `<div lang="nl">${renderReferencesHtml(section.references, { citations: body.occurrences, labels })}</div>`
      : `<p class="meta">${escapeHtml(labels.noReferences)}</p>`,
  );
  parts.push('</section>');
  parts.push('</main>');
  if (ctx.site) parts.push(pager(ctx.site));

  const footer = [escapeHtml(ctx.project.name), escapeHtml(ctx.project.government)].filter((s) => s !== '');
  if (ctx.generatedAt) footer.push(escapeHtml(labels.generated(formatGeneratedAt(ctx.generatedAt, labels))));
  parts.push(`<footer>${footer.join(' · ')}</footer>`);

  const docTitle = ctx.project.name ? `${title} — ${ctx.project.name}` : title;
  const lang = labels.lang;
  return htmlDocument(docTitle, parts.join('\n'), {
    lang,
    pageRule: printPageRule(labels),
    ...(ctx.site ? { site: ctx.site } : {}),
    ...(ctx.print ? { bodyClass: 'print' } : {}),
  });
}
