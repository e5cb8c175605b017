import { VERDICTS } from '../../shared/models';
import type { ProjectInfo, Section, Verdict } from '../../shared/models';
import { verdictBadge, workflowBadge } from './badges';
import { escapeHtml, safeRelativeHref } from './escape';
import { sectionFileSegments, sectionHtmlHref } from './file-names';
import { pageLabels, printPageRule } from './labels';
import type { PageLabels } from './labels';
import { htmlDocument } from './page-shell';
import type { DocumentOptions } from './page-shell';
import { sectionTitle } from './section-page';

export type IndexSection = Pick<Section, 'id' | 'path' | 'name' | 'heading' | 'verdict' | 'status'> & {
  referenceCount?: number;
};

export interface IndexPageOptions {
  /** Where a section's page is, relative to index.html; null for "not exported". */
  hrefFor?: (section: IndexSection) => string | null;
  /** The report site's index: its assets, and markup (search, filters) put before the contents. */
  site?: DocumentOptions['site'] & { before: string };
}

interface FolderNode {
  name: string;
  sections: IndexSection[];
  children: Map<string, FolderNode>;
}

/** Folders in order of first appearance, sections in the order given (the caller sorts). */
function buildTree(sections: readonly IndexSection[]): FolderNode {
  const root: FolderNode = { name: '', sections: [], children: new Map() };
  for (const s of sections) {
    let node = root;
    for (const folder of s.path) {
      let child = node.children.get(folder);
      if (!child) {
        child = { name: folder, sections: [], children: new Map() };
        node.children.set(folder, child);
      }
      node = child;
    }
    node.sections.push(s);
  }
  return root;
}

type HrefFor = (s: IndexSection) => string | null;

function sectionItem(s: IndexSection, hrefFor: HrefFor, labels: PageLabels): string {
  const title = escapeHtml(sectionTitle(s));
  const raw = hrefFor(s);
  const href = raw === null ? null : safeRelativeHref(raw);
  let link: string;
  if (href !== null) {
    link = `<a href="${escapeHtml(href)}" lang="nl">${title}</a>`;
  } else {
    const why = sectionFileSegments(s, 'html');
    const note = escapeHtml(why.ok ? labels.noPage : labels.notExported(why.message));
    link = `<span class="section-title" lang="nl">${title}</span> <span class="not-exported">(${note})</span>`;
  }
  const refs = s.referenceCount === undefined ? '' : ` <span class="meta">${escapeHtml(labels.referenceCount(s.referenceCount))}</span>`;
  // data-verdict and data-domain let the site's filters hide items without reading their text.
  const domain = s.path[0] ?? '';
  return (
    `<li data-section-id="${escapeHtml(s.id)}" data-verdict="${escapeHtml(s.verdict)}" data-domain="${escapeHtml(domain)}">` +
    `${link} ${verdictBadge(s.verdict, labels)} ${workflowBadge(s.status, labels)}${refs}</li>`
  );
}

function renderFolder(node: FolderNode, depth: number, hrefFor: HrefFor, labels: PageLabels): string {
  const out: string[] = [];
  if (node.sections.length > 0) {
    out.push(`<ul class="sections">\n${node.sections.map((s) => sectionItem(s, hrefFor, labels)).join('\n')}\n</ul>`);
  }
  for (const child of node.children.values()) {
    // h2 is "Sections"; top-level folders are h3 and deeper ones step down to h6.
    const level = Math.min(depth + 3, 6);
    const domainAttr = depth === 0 ? ` data-domain="${escapeHtml(child.name)}"` : '';
    out.push(
      `<section class="folder level-${depth + 1}"${domainAttr}>\n<h${level} lang="nl">${escapeHtml(child.name)}</h${level}>\n` +
        `${renderFolder(child, depth + 1, hrefFor, labels)}\n</section>`,
    );
  }
  return out.join('\n');
}

/** How many sections carry each verdict; every verdict present, zero included. */
export function countVerdicts(sections: readonly { verdict: Verdict }[]): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const s of sections) if (Object.prototype.hasOwnProperty.call(counts, s.verdict)) counts[s.verdict]++;
  return counts;
}

function percent(n: number, total: number): string {
  return total === 0 ? '0' : ((n / total) * 100).toFixed(2).replace(/\.?0+$/, '');
}

function verdictSummary(sections: readonly IndexSection[], labels: PageLabels): string {
  const counts = countVerdicts(sections);
  const total = sections.length;
  // Widths are computed numbers, never user text, so inline style attributes are safe here.
  const stacked = VERDICTS.filter((v) => counts[v] > 0)
    .map((v) => `<span class="verdict-${v}" style="width: ${percent(counts[v], total)}%" title="${escapeHtml(labels.verdicts[v])}: ${labels.tr.number(counts[v])}"></span>`)
    .join('');
  const rows = VERDICTS.map(
    (v) =>
      `<li data-verdict="${v}">${verdictBadge(v, labels)}<span class="count">${labels.tr.number(counts[v])}</span>` +
        `<span class="bar-track" aria-hidden="true"><span class="bar verdict-${v}" style="width: ${percent(counts[v], total)}%"></span></span></li>`,
  ).join('\n');
  return (
    `<section class="verdict-summary" aria-labelledby="verdicts-heading">\n<h2 id="verdicts-heading">${escapeHtml(labels.verdictsHeading)}</h2>\n` +
    `<p class="meta">${escapeHtml(labels.sectionCount(total))}</p>\n` +
    (total > 0 ? `<div class="stacked" aria-hidden="true">${stacked}</div>\n` : '') +
    `<ul class="verdict-counts">\n${rows}\n</ul>\n</section>`
  );
}

function termText(project: ProjectInfo, labels: PageLabels): string {
  if (!project.termStart && !project.termEnd) return escapeHtml(labels.termUnknown);
  return `${escapeHtml(project.termStart ?? '?')} – ${escapeHtml(project.termEnd ?? '?')}`;
}

/** The export's standalone `index.html`: project facts, verdict counts, sections by folder. */
export function renderIndexPage(project: ProjectInfo, sections: readonly IndexSection[], opts: IndexPageOptions = {}): string {
  const hrefFor = opts.hrefFor ?? sectionHtmlHref;
  const labels = pageLabels(project.language);
  const parts: string[] = [];
  parts.push('<header>');
  parts.push(`<h1>${escapeHtml(project.name)}</h1>`);
  parts.push('<dl class="meta project-facts">');
  if (project.government.trim() !== '') parts.push(`<dt>${escapeHtml(labels.government)}</dt><dd>${escapeHtml(project.government)}</dd>`);
  parts.push(`<dt>${escapeHtml(labels.term)}</dt><dd>${termText(project, labels)}</dd>`);
  parts.push('</dl>');
  parts.push('</header>');
  parts.push('<main>');
  // On the site, search comes first: it is what a visitor came for.
  if (opts.site) parts.push(opts.site.before);
  parts.push(verdictSummary(sections, labels));
  parts.push('<section class="contents" aria-labelledby="sections-heading">');
  parts.push(`<h2 id="sections-heading">${escapeHtml(labels.sectionsHeading)}</h2>`);
  parts.push(sections.length > 0 ? renderFolder(buildTree(sections), 0, hrefFor, labels) : `<p class="meta">${escapeHtml(labels.noSections)}</p>`);
  parts.push('</section>');
  parts.push('</main>');
  return htmlDocument(project.name, parts.join('\n'), { lang: labels.lang, pageRule: printPageRule(labels), ...(opts.site ? { site: opts.site } : {}) });
}
