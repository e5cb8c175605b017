// The site's search index, built once at export time with MiniSearch and shipped as a
// script (assets/search-index.js) the page loads with a plain <script>: from file:// a
// page may not fetch, and building the index in the browser would cost every visitor.
// Words are indexed by their Dutch stem (the library's analyzer, docs/adr/0012), and the
// site's own words ship with their stems, so the page stems a query by looking it up
// instead of carrying the stemmer (docs/adr/0025).
import MiniSearch from 'minisearch';
import { termOf } from '../search';
import type { Section, Verdict } from '../../shared/models';
import { folderLabel } from '../../shared/section-label';
import { sectionTitle } from '../export';
import { bodyPlainText, normalizeTerm } from './search-text';

/** What a hit shows (by index id). */
export interface SearchDoc {
  title: string;
  href: string;
  /** Where the section sits: `Bestuurzaken › Concrete voorstellen`. */
  where: string;
  verdict: Verdict;
  /** The assessment as plain text, for snippets. */
  text: string;
}

export const SEARCH_FIELDS = ['title', 'domain', 'agreement', 'body', 'references'] as const;

export interface SearchPayload {
  fields: readonly string[];
  index: unknown;
  docs: SearchDoc[];
  /** The site's words whose stem differs from the word (both normalised): `[word, stem]`. */
  stems: [string, string][];
}

export function buildSearchPayload(entries: readonly { section: Section; href: string }[]): SearchPayload {
  const stems = new Map<string, string>();
  // Stop words and numbers stay as they are: a query holding one still finds its words.
  const processTerm = (term: string): string => {
    const word = normalizeTerm(term);
    let stem = stems.get(word);
    if (stem === undefined) stems.set(word, (stem = termOf(word) ?? word));
    return stem;
  };
  const search = new MiniSearch<{ id: number; title: string; domain: string; agreement: string; body: string; references: string }>({
    fields: [...SEARCH_FIELDS],
    processTerm,
  });
  const docs: SearchDoc[] = [];
  const records = entries.map(({ section, href }, id) => {
    const text = bodyPlainText(section.body);
    const title = sectionTitle(section);
    docs.push({ title, href, where: folderLabel(section.path), verdict: section.verdict, text });
    return {
      id,
      title: section.name === title ? title : `${title} ${section.name}`,
      domain: section.path.join(' '),
      agreement: section.agreement,
      body: text,
      references: section.references.map((r) => r.title).join('\n'),
    };
  });
  search.addAll(records);
  return { fields: SEARCH_FIELDS, index: search.toJSON(), docs, stems: [...stems].filter(([word, stem]) => word !== stem) };
}

/** The payload as the script the site loads. JSON is valid JavaScript (U+2028 included, since ES2019). */
export function searchIndexScript(payload: SearchPayload): string {
  return `window.PWB_SEARCH = ${JSON.stringify(payload)};\n`;
}
