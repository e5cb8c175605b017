// The citation checker: one pure function from a section's texts to its diagnostics.
// Order of the result: problems in the body (by position), then reference problems (by
// entry, in list order), then problems of the section as a whole.

import type { DiagnosticDataMap } from '../../shared/diagnostic-data';
import type { CheckInput, Diagnostic, Reference } from '../../shared/models';
import { translator } from '../i18n';
import type { Translator } from '../i18n';
import { isValidDate, localToday } from './dates';
import { checkEvidence } from './evidence';
import { firstIndexByNumber, nextReferenceNumber } from './numbering';
import { checkReferences } from './reference-checks';
import { scanCitations } from './scan';
import type { Citation, CitationScan } from './scan';
import { makeDiagnostic } from './diagnostic-messages';

/** The diagnostics of a section, their messages in `tr`'s language (English by default, for scripts). */
export function checkSection(input: CheckInput, tr: Translator = translator('en')): Diagnostic[] {
  const references = input.references;
  const scan = scanCitations(input.body);
  const resolve = firstIndexByNumber(references);
  const citedNumbers = new Set<number>();
  const citedIndexes = new Set<number>();
  let resolvedCitations = 0;
  for (const c of scan.citations) {
    citedNumbers.add(c.number);
    const index = resolve.get(c.number);
    if (index !== undefined) {
      citedIndexes.add(index);
      resolvedCitations++;
    }
  }
  const today = isValidDate(input.today) ? input.today : localToday();
  const termStart = isValidDate(input.termStart) ? input.termStart : null;
  const termEnd = isValidDate(input.termEnd) ? input.termEnd : null;

  return [
    ...checkBody(tr, scan, references, resolve),
    ...checkReferences(tr, references, { citedNumbers, citedIndexes, today, termStart, termEnd }),
    ...checkEvidence(tr, input, { resolvedCitations, today, termEnd }),
  ];
}

function checkBody(tr: Translator, scan: CitationScan, references: readonly Reference[], resolve: ReadonlyMap<number, number>): Diagnostic[] {
  const found: Array<{ offset: number; diagnostic: Diagnostic }> = [];
  const next = nextReferenceNumber(references);
  for (const c of scan.citations) {
    if (resolve.has(c.number)) continue;
    found.push({
      offset: c.offset,
      diagnostic: makeDiagnostic(tr, 'citation-missing-reference', { number: c.number, ...listSpan(references) }, {
        severity: 'error',
        range: c.range,
        fixes: c.number === next ? ['add-reference'] : [],
      }),
    });
  }
  for (const m of scan.malformed) {
    found.push({
      offset: m.offset,
      diagnostic: makeDiagnostic(
        tr,
        'citation-malformed',
        { text: m.text, reason: m.reason, suggestion: m.suggestion, ...(m.letters !== undefined ? { letters: m.letters, digits: m.digits } : {}) },
        { severity: 'warning', range: m.range, fixes: [] },
      ),
    });
  }
  const order = firstOutOfOrder(tr, scan.citations, references, resolve);
  if (order) found.push(order);
  found.sort((a, b) => a.offset - b.offset);
  return found.map((f) => f.diagnostic);
}

/**
 * Numbers should first appear in the text in increasing order: the k-th number first cited
 * is the k-th smallest number in the list. Ranking the list's numbers (rather than asking
 * for exactly 0, 1, 2, …) keeps a gap, a repeat or a shuffled list, which
 * `reference-numbering` reports, from showing up here too; for a clean list it is the same.
 */
function firstOutOfOrder(
  tr: Translator,
  citations: readonly Citation[],
  references: readonly Reference[],
  resolve: ReadonlyMap<number, number>,
): { offset: number; diagnostic: Diagnostic } | null {
  const ranked = [...resolve.keys()].sort((a, b) => a - b);
  const seen = new Set<number>();
  for (const c of citations) {
    if (!resolve.has(c.number) || seen.has(c.number)) continue;
    const expected = ranked[seen.size];
    seen.add(c.number);
    if (c.number === expected) continue;
    const skipped = references[resolve.get(expected) as number];
    const cause = citations.some((o) => o.number === expected) ? 'cited-before' : 'never-cited';
    return {
      offset: c.offset,
      diagnostic: makeDiagnostic(
        tr,
        'citation-order',
        { number: c.number, expected, cause, skipped: { number: skipped.number, title: skipped.title } },
        { severity: 'warning', range: c.range, fixes: ['renumber-by-first-use'] },
      ),
    };
  }
  return null;
}

function listSpan(references: readonly Reference[]): Omit<DiagnosticDataMap['citation-missing-reference'], 'number'> {
  const count = references.length;
  if (count === 0) return { list: 'empty', first: null, last: null, count };
  if (count === 1) return { list: 'one', first: references[0].number, last: references[0].number, count };
  let clean = true;
  for (let i = 0; i < count && clean; i++) clean = references[i].number === i;
  return clean ? { list: 'range', first: 0, last: count - 1, count } : { list: 'entries', first: null, last: null, count };
}
