import type { Reference } from '../../shared/models';
import { escapeHtml, isHttpUrl } from './escape';
import type { PageLabels } from './labels';
import { pageLabels } from './labels';
import { countCitations } from './markdown';

export interface ReferencesRenderOptions {
  /** Same prefix as given to renderBodyHtml, so ids and back-links match. */
  idPrefix?: string;
  /** Linked citation occurrences per number (from renderBody/countCitations); wins over `body`. */
  citations?: ReadonlyMap<number, number>;
  /** The body (edit form) to count citations in, when `citations` is not given. */
  body?: string;
  /** The words around the list (untitled, back-links); English when absent (the editor's preview). */
  labels?: PageLabels;
}

const ENGLISH = pageLabels('en');

/**
 * A title's raw line breaks (see docs/report-format) are not meant as layout: each, with the
 * spaces around it, is shown as one space, and none at either end.
 */
function displayTitle(title: string): string {
  return title.includes('\n') ? title.replace(/\s*\n\s*/g, ' ').trim() : title;
}

/**
 * The reference list: explicit `[N]` labels (numbers need not start at 0 or be contiguous),
 * `id="ref-N"` targets, http(s) links only, and `↩` back-links to every citation.
 */
export function renderReferencesHtml(references: readonly Reference[], opts: ReferencesRenderOptions = {}): string {
  const p = escapeHtml(opts.idPrefix ?? '');
  const citations = opts.citations ?? (opts.body !== undefined ? countCitations(opts.body, references) : new Map<number, number>());
  const labels = opts.labels ?? ENGLISH;
  const seen = new Set<number>();
  const items = references.map((ref) => {
    // A duplicated number (a defect the checker reports) gets no second id: ids stay unique.
    const first = !seen.has(ref.number);
    seen.add(ref.number);
    const idAttr = first ? ` id="${p}ref-${ref.number}"` : '';
    const title = displayTitle(ref.title);
    const titleHtml = title.trim() === '' ? `<span class="ref-untitled">${escapeHtml(labels.untitled)}</span>` : escapeHtml(title);
    const url = ref.url ?? '';
    let titlePart: string;
    if (url !== '' && isHttpUrl(url)) {
      titlePart = `<a class="ref-title" href="${escapeHtml(url)}" rel="noopener noreferrer">${titleHtml}</a>`;
    } else if (url !== '') {
      titlePart = `<span class="ref-title">${titleHtml}</span> <span class="ref-url">${escapeHtml(url)}</span>`;
    } else {
      titlePart = `<span class="ref-title">${titleHtml}</span>`;
    }
    const count = first ? (citations.get(ref.number) ?? 0) : 0;
    const backs: string[] = [];
    for (let k = 1; k <= count; k++) {
      const label = escapeHtml(count === 1 ? labels.backToCitation : labels.backToCitationN(k));
      backs.push(`<a class="backref" href="#${p}cite-${ref.number}-${k}" aria-label="${label}" title="${label}">↩${count > 1 ? `<sup>${k}</sup>` : ''}</a>`);
    }
    const backHtml = backs.length > 0 ? ` <span class="backrefs">${backs.join(' ')}</span>` : '';
    const uncited = first && count === 0 ? ' uncited' : '';
    return (
      `<li${idAttr} class="reference${uncited}" value="${ref.number}">` +
      `<span class="ref-number">[${ref.number}]</span> ` +
      `<span class="ref-date">${escapeHtml(ref.date)}</span> ` +
      `${titlePart}${backHtml}</li>`
    );
  });
  return `<ol class="references">\n${items.join('\n')}\n</ol>\n`;
}
