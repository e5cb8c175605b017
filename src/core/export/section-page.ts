import type { ProjectInfo, Section } from '../../shared/models';
import { verdictBadge, workflowBadge } from './badges';
import { escapeHtml, safeRelativeHref } from './escape';
import { renderBody } from './markdown';
import { htmlDocument } from './page-shell';
import { renderReferencesHtml } from './references';

export interface SectionPageContext {
  project: ProjectInfo;
  /** Shown in the footer as given (e.g. an ISO instant). */
  generatedAt?: string;
  /** Link from the breadcrumbs back to the export's index (see indexHrefFor); none when absent. */
  indexHref?: string;
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

function breadcrumbs(section: Section, project: ProjectInfo, indexHref: string | null, title: string): string {
  const root = indexHref
    ? `<li><a href="${escapeHtml(indexHref)}">${escapeHtml(project.name)}</a></li>`
    : `<li>${escapeHtml(project.name)}</li>`;
  const folders = section.path.map((folder) => `<li>${escapeHtml(folder)}</li>`).join('');
  return `<nav class="breadcrumbs" aria-label="Breadcrumbs"><ol>${root}${folders}<li aria-current="page">${escapeHtml(title)}</li></ol></nav>`;
}

/** A standalone, script-free HTML page for one section. */
export function renderSectionPage(section: Section, ctx: SectionPageContext): string {
  const title = section.heading.trim() !== '' ? section.heading : section.name;
  const indexHref = ctx.indexHref !== undefined ? safeRelativeHref(ctx.indexHref) : null;
  const body = renderBody(section.body, section.references);
  const parts: string[] = [];

  parts.push('<header>');
  parts.push(breadcrumbs(section, ctx.project, indexHref, title));
  parts.push(`<h1>${escapeHtml(title)}</h1>`);
  parts.push(
    `<p class="status-line"><span class="label">Verdict:</span> ${verdictBadge(section.verdict)} ` +
      `<span class="label">Status:</span> ${workflowBadge(section.status)}</p>`,
  );
  if (section.verdictNote.trim() !== '') {
    parts.push(`<p class="verdict-note">${escapeHtml(section.verdictNote)}</p>`);
  }
  parts.push('</header>');

  parts.push('<main>');
  if (section.agreement.trim() !== '') {
    parts.push(
      `<details class="agreement"><summary>Regeerakkoord</summary><p>${renderAgreementHtml(section.agreement)}</p></details>`,
    );
  }
  parts.push(`<article class="body">\n${body.html}</article>`);
  parts.push('<section class="references-section" aria-labelledby="references-heading">');
  parts.push('<h2 id="references-heading">Referenties</h2>');
  parts.push(
    section.references.length > 0
      ? renderReferencesHtml(section.references, { citations: body.occurrences })
      : '<p class="meta">No references.</p>',
  );
  parts.push('</section>');
  parts.push('</main>');

  const footer = [escapeHtml(ctx.project.name), escapeHtml(ctx.project.government)].filter((s) => s !== '');
  if (ctx.generatedAt) footer.push(`Generated ${escapeHtml(ctx.generatedAt)}`);
  parts.push(`<footer>${footer.join(' · ')}</footer>`);

  return htmlDocument(ctx.project.name ? `${title} — ${ctx.project.name}` : title, parts.join('\n'));
}
