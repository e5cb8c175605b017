import { VERDICTS, VERDICT_LABELS } from '../../shared/models';
import type { ProjectInfo, Section, Verdict } from '../../shared/models';
import { verdictBadge, workflowBadge } from './badges';
import { escapeHtml, safeRelativeHref } from './escape';
import { sectionFileSegments, sectionHtmlHref } from './file-names';
import { htmlDocument } from './page-shell';

export type IndexSection = Pick<Section, 'id' | 'path' | 'name' | 'heading' | 'verdict' | 'status'> & {
  referenceCount?: number;
};

export interface IndexPageOptions {
  /** Where a section's page is, relative to index.html; null for "not exported". */
  hrefFor?: (section: IndexSection) => string | null;
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

function sectionItem(s: IndexSection, hrefFor: (s: IndexSection) => string | null): string {
  const title = escapeHtml(s.heading.trim() !== '' ? s.heading : s.name);
  const raw = hrefFor(s);
  const href = raw === null ? null : safeRelativeHref(raw);
  let link: string;
  if (href !== null) {
    link = `<a href="${escapeHtml(href)}">${title}</a>`;
  } else {
    const why = sectionFileSegments(s, 'html');
    const note = why.ok ? 'no page' : `not exported: ${escapeHtml(why.message)}`;
    link = `<span class="section-title">${title}</span> <span class="not-exported">(${note})</span>`;
  }
  const refs =
    s.referenceCount === undefined
      ? ''
      : ` <span class="meta">${s.referenceCount} ${s.referenceCount === 1 ? 'reference' : 'references'}</span>`;
  return `<li data-section-id="${escapeHtml(s.id)}">${link} ${verdictBadge(s.verdict)} ${workflowBadge(s.status)}${refs}</li>`;
}

function renderFolder(node: FolderNode, depth: number, hrefFor: (s: IndexSection) => string | null): string {
  const out: string[] = [];
  if (node.sections.length > 0) {
    out.push(`<ul class="sections">\n${node.sections.map((s) => sectionItem(s, hrefFor)).join('\n')}\n</ul>`);
  }
  for (const child of node.children.values()) {
    // h2 is "Sections"; top-level folders are h3 and deeper ones step down to h6.
    const level = Math.min(depth + 3, 6);
    out.push(
      `<section class="folder level-${depth + 1}">\n<h${level}>${escapeHtml(child.name)}</h${level}>\n` +
        `${renderFolder(child, depth + 1, hrefFor)}\n</section>`,
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

function verdictSummary(sections: readonly IndexSection[]): string {
  const counts = countVerdicts(sections);
  const total = sections.length;
  // Widths are computed numbers, never user text, so inline style attributes are safe here.
  const stacked = VERDICTS.filter((v) => counts[v] > 0)
    .map((v) => `<span class="verdict-${v}" style="width: ${percent(counts[v], total)}%" title="${escapeHtml(VERDICT_LABELS[v])}: ${counts[v]}"></span>`)
    .join('');
  const rows = VERDICTS.map(
    (v) =>
      `<li data-verdict="${v}">${verdictBadge(v)}<span class="count">${counts[v]}</span>` +
        `<span class="bar-track" aria-hidden="true"><span class="bar verdict-${v}" style="width: ${percent(counts[v], total)}%"></span></span></li>`,
  ).join('\n');
  return (
    `<section class="verdict-summary" aria-labelledby="verdicts-heading">\n<h2 id="verdicts-heading">Verdicts</h2>\n` +
    `<p class="meta">${total} ${total === 1 ? 'section' : 'sections'}</p>\n` +
    (total > 0 ? `<div class="stacked" aria-hidden="true">${stacked}</div>\n` : '') +
    `<ul class="verdict-counts">\n${rows}\n</ul>\n</section>`
  );
}

function termText(project: ProjectInfo): string {
  if (!project.termStart && !project.termEnd) return 'unknown';
  return `${escapeHtml(project.termStart ?? '?')} – ${escapeHtml(project.termEnd ?? '?')}`;
}

/** The export's standalone `index.html`: project facts, verdict counts, sections by folder. */
export function renderIndexPage(project: ProjectInfo, sections: readonly IndexSection[], opts: IndexPageOptions = {}): string {
  const hrefFor = opts.hrefFor ?? sectionHtmlHref;
  const parts: string[] = [];
  parts.push('<header>');
  parts.push(`<h1>${escapeHtml(project.name)}</h1>`);
  parts.push('<dl class="meta project-facts">');
  if (project.government.trim() !== '') parts.push(`<dt>Government</dt><dd>${escapeHtml(project.government)}</dd>`);
  parts.push(`<dt>Term</dt><dd>${termText(project)}</dd>`);
  parts.push('</dl>');
  parts.push('</header>');
  parts.push('<main>');
  parts.push(verdictSummary(sections));
  parts.push('<section class="contents" aria-labelledby="sections-heading">');
  parts.push('<h2 id="sections-heading">Sections</h2>');
  parts.push(sections.length > 0 ? renderFolder(buildTree(sections), 0, hrefFor) : '<p class="meta">No sections.</p>');
  parts.push('</section>');
  parts.push('</main>');
  return htmlDocument(project.name, parts.join('\n'));
}
