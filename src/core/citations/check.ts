// The citation checker: one pure function from a section's texts to its diagnostics.
// Order of the result: problems in the body (by position), then reference problems (by
// entry, in list order), then problems of the section as a whole.

import type { CheckInput, Diagnostic, Reference } from '../../shared/models';
import { isValidDate, localToday } from './dates';
import { checkEvidence } from './evidence';
import { firstIndexByNumber, nextReferenceNumber } from './numbering';
import { checkReferences } from './reference-checks';
import { scanCitations } from './scan';
import type { Citation, CitationScan } from './scan';
import { cite, describeReference } from './wording';

export function checkSection(input: CheckInput): Diagnostic[] {
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
    ...checkBody(scan, references, resolve),
    ...checkReferences(references, { citedNumbers, citedIndexes, today, termStart, termEnd }),
    ...checkEvidence(input, { resolvedCitations, today, termEnd }),
  ];
}

function checkBody(scan: CitationScan, references: readonly Reference[], resolve: ReadonlyMap<number, number>): Diagnostic[] {
  const found: Array<{ offset: number; diagnostic: Diagnostic }> = [];
  const next = nextReferenceNumber(references);
  for (const c of scan.citations) {
    if (resolve.has(c.number)) continue;
    found.push({
      offset: c.offset,
      diagnostic: {
        code: 'citation-missing-reference',
        severity: 'error',
        message: `Citation ${c.text} has no entry in the reference list` + (references.length ? ` (it has ${listSpan(references)}).` : ' (the list is empty).'),
        range: c.range,
        fixes: c.number === next ? ['add-reference'] : [],
      },
    });
  }
  for (const m of scan.malformed) {
    found.push({
      offset: m.offset,
      diagnostic: { code: 'citation-malformed', severity: 'warning', message: `“${m.text}” is not a valid citation. ${m.reason}`, range: m.range, fixes: [] },
    });
  }
  const order = firstOutOfOrder(scan.citations, references, resolve);
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
    const why = citations.some((o) => o.number === expected)
      ? `it is first cited before ${cite(expected)}`
      : `${describeReference(skipped)}, numbered before it, is never cited`;
    return {
      offset: c.offset,
      diagnostic: {
        code: 'citation-order',
        severity: 'warning',
        message: `Citation ${c.text} is out of order: ${why}. References should be numbered in order of first citation.`,
        range: c.range,
        fixes: ['renumber-by-first-use'],
      },
    };
  }
  return null;
}

function listSpan(references: readonly Reference[]): string {
  if (references.length === 1) return `only ${cite(references[0].number)}`;
  let clean = true;
  for (let i = 0; i < references.length && clean; i++) clean = references[i].number === i;
  return clean ? `${cite(0)} to ${cite(references.length - 1)}` : `${String(references.length)} entries`;
}
