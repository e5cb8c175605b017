// What the site's search reads: each section's words as plain text, and the one term
// normaliser shared (by a test) with the page's script in client/site.js.
import type { Section } from '../../shared/models';
import { CITATION_TOKEN_TYPE, parseBodyTokens } from '../export';

/**
 * Lower case without diacritics (`Één` -> `een`, `coördinatie` -> `coordinatie`): what a
 * person types matches however the report spells it. client/site.js holds the same function.
 */
export function normalizeTerm(term: string): string {
  // Most words are plain ASCII, where decomposing changes nothing: skip the dear part for them.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(term)) return term.toLowerCase();
  return term.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The assessment as plain text: Markdown structure and citation numbers dropped. */
export function bodyPlainText(body: string): string {
  const out: string[] = [];
  for (const block of parseBodyTokens(body)) {
    if (block.type === 'inline') {
      let line = '';
      for (const t of block.children ?? []) {
        if (t.type === CITATION_TOKEN_TYPE) continue;
        if (t.type === 'softbreak' || t.type === 'hardbreak') line += ' ';
        else if (t.type === 'image') line += (t.children ?? []).map((c) => c.content).join('');
        else line += t.content;
      }
      out.push(line);
    } else if (block.type === 'fence' || block.type === 'code_block') {
      out.push(block.content);
    }
  }
  // A dropped citation leaves the space before it: `in 2020 [1].` reads `in 2020.`, not `in 2020 .`.
  return out.join('\n').replace(/[ \t]+/g, ' ').replace(/ ([.,;:!?)])/g, '$1').trim();
}

export interface SearchDocumentSource {
  section: Section;
  href: string;
}
