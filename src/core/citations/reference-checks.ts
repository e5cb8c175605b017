// Checks on the reference list itself: numbering, titles, dates, links, duplicates,
// and whether each entry is cited.

import type { LinkProblemData, ReferenceName } from '../../shared/diagnostic-data';
import type { Diagnostic, FixKind, Reference } from '../../shared/models';
import type { Translator } from '../i18n';
import { checkDecisionLink, meetingDate, parseDecisionLink } from '../links/decision-link';
import type { LinkProblem } from '../links/decision-link';
import { dateProblem } from './dates';
import { makeDiagnostic } from './diagnostic-messages';
import { firstNumberingBreak } from './numbering';

export interface ReferenceContext {
  /** Numbers that at least one citation in the body uses. */
  citedNumbers: ReadonlySet<number>;
  /** Indexes of entries some citation resolves to. */
  citedIndexes: ReadonlySet<number>;
  today: string;
  termStart: string | null;
  termEnd: string | null;
}

const nameOf = (ref: Reference): ReferenceName => ({ number: ref.number, title: ref.title });

export function checkReferences(tr: Translator, references: readonly Reference[], ctx: ReferenceContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const numberingBreak = firstNumberingBreak(references);
  const byTitleDate = new Map<string, number>();
  const byLink = new Map<string, number>();

  for (let i = 0; i < references.length; i++) {
    const ref = references[i];
    if (i === numberingBreak) out.push(numberingDiagnostic(tr, references, i));

    const emptyTitle = ref.title.trim() === '';
    if (emptyTitle) {
      const link = ref.url ? parseDecisionLink(ref.url) : null;
      out.push(
        makeDiagnostic(
          tr,
          'reference-empty-title',
          { reference: nameOf(ref), linkTitle: link?.title.trim() ? link.title : null },
          {
            severity: 'error',
            referenceIndex: i,
            // With no link either, only the library can say which decision it was: offer its decisions of that date.
            ...withFixes([ref.url ? null : 'choose-from-library', ctx.citedNumbers.has(ref.number) ? null : 'remove-reference']),
          },
        ),
      );
    }

    const problem = dateProblem(ref.date);
    if (problem) {
      const link = ref.url ? parseDecisionLink(ref.url) : null;
      const linkDate = link ? meetingDate(link.meetingStart) : null;
      out.push(
        makeDiagnostic(tr, 'reference-date-invalid', { reference: nameOf(ref), date: ref.date, problem, linkDate }, { severity: 'warning', referenceIndex: i, fixes: [] }),
      );
    } else {
      dateDiagnostics(tr, ref, i, ctx, out);
    }

    if (ref.url) {
      const linkDiagnostic = checkLink(tr, ref, i, { emptyTitle, dateValid: !problem });
      if (linkDiagnostic) out.push(linkDiagnostic);
    } else {
      out.push(
        makeDiagnostic(tr, 'reference-no-link', { reference: nameOf(ref) }, { severity: 'info', referenceIndex: i, ...withFixes([!emptyTitle && !problem ? 'rebuild-link' : null]) }),
      );
    }

    const duplicate = findEarlierDuplicate(ref, i, byTitleDate, byLink, references);
    if (duplicate) {
      out.push(
        makeDiagnostic(
          tr,
          'reference-duplicate',
          { reference: nameOf(ref), duplicateOf: references[duplicate.index].number, same: duplicate.same },
          { severity: 'warning', referenceIndex: i, fixes: ['merge-duplicates'] },
        ),
      );
    }

    if (!ctx.citedNumbers.has(ref.number)) {
      out.push(makeDiagnostic(tr, 'reference-uncited', { reference: nameOf(ref) }, { severity: 'warning', referenceIndex: i, fixes: ['remove-reference'] }));
    }
  }
  return out;
}

function numberingDiagnostic(tr: Translator, references: readonly Reference[], at: number): Diagnostic {
  const got = references[at].number;
  let repeated = false;
  for (let j = 0; j < at && !repeated; j++) repeated = references[j].number === got;
  let affected = 0;
  for (let j = at; j < references.length; j++) if (references[j].number !== j) affected++;
  return makeDiagnostic(
    tr,
    'reference-numbering',
    { entry: at + 1, number: got, expected: at, repeated, outOfSequence: affected },
    { severity: 'error', referenceIndex: at, fixes: ['renumber-by-first-use'] },
  );
}

// A cited entry dated before the term is evidence from an earlier government: that is
// `reference-before-term`. `reference-date-outside-term` covers everything else outside the
// term (uncited entries before it, any entry after it), so no entry gets both.
function dateDiagnostics(tr: Translator, ref: Reference, index: number, ctx: ReferenceContext, out: Diagnostic[]): void {
  if (ref.date > ctx.today) {
    out.push(
      makeDiagnostic(tr, 'reference-date-future', { reference: nameOf(ref), date: ref.date, today: ctx.today }, { severity: 'warning', referenceIndex: index, fixes: [] }),
    );
  }
  const { termStart, termEnd } = ctx;
  if (termStart && ref.date < termStart && ctx.citedIndexes.has(index)) {
    out.push(
      makeDiagnostic(tr, 'reference-before-term', { reference: nameOf(ref), date: ref.date, termStart }, { severity: 'warning', referenceIndex: index, fixes: [] }),
    );
  } else if ((termStart && ref.date < termStart) || (termEnd && ref.date > termEnd)) {
    out.push(
      makeDiagnostic(
        tr,
        'reference-date-outside-term',
        { reference: nameOf(ref), date: ref.date, termStart, termEnd },
        { severity: 'warning', referenceIndex: index, fixes: [] },
      ),
    );
  }
}

function checkLink(tr: Translator, ref: Reference, index: number, facts: { emptyTitle: boolean; dateValid: boolean }): Diagnostic | null {
  // An empty title or a broken date is reported on its own; the link disagreeing with
  // it says nothing new.
  const problems = linkProblems(ref).filter((p) => !(p.kind === 'title' && facts.emptyTitle) && !(p.kind === 'date' && !facts.dateValid));
  if (problems.length === 0) return null;
  if (problems[0].kind === 'not-a-decision-link') {
    const url = ref.url ?? '';
    return makeDiagnostic(tr, 'reference-external-link', { reference: nameOf(ref), host: hostOf(url), url }, { severity: 'info', referenceIndex: index, fixes: [] });
  }
  const canRebuild = !facts.emptyTitle && facts.dateValid;
  return makeDiagnostic(
    tr,
    'reference-link-mismatch',
    { reference: nameOf(ref), problems: problems.map(linkProblemData(ref)) },
    { severity: 'error', referenceIndex: index, ...withFixes([canRebuild ? 'rebuild-link' : null]) },
  );
}

// Decoding and re-encoding ~40 links is most of the checker's time, and while someone
// types in the body the references do not change: remember the answers. Bounded, since
// titles and links are edited too.
const linkCache = new Map<string, LinkProblem[]>();
const LINK_CACHE_LIMIT = 2000;

function linkProblems(ref: Reference): LinkProblem[] {
  const key = `${ref.url ?? ''}\u0000${ref.date}\u0000${ref.title}`;
  let problems = linkCache.get(key);
  if (problems === undefined) {
    if (linkCache.size >= LINK_CACHE_LIMIT) linkCache.clear();
    problems = checkDecisionLink(ref);
    linkCache.set(key, problems);
  }
  return problems;
}

function linkProblemData(ref: Reference): (p: LinkProblem) => LinkProblemData {
  return (p) => {
    switch (p.kind) {
      case 'title':
        return { kind: 'title', linkTitle: p.linkTitle, entryTitle: ref.title };
      case 'date':
        return { kind: 'date', linkDate: p.linkDate, entryDate: ref.date };
      case 'bad-start':
        return { kind: 'bad-start', meetingStart: p.meetingStart };
      case 'start-end':
        return { kind: 'start-end', meetingStart: p.meetingStart, meetingEnd: p.meetingEnd };
      case 'encoding':
      case 'not-a-decision-link':
        // not-a-decision-link is reported as reference-external-link before this is reached.
        return { kind: 'encoding' };
    }
  };
}

function findEarlierDuplicate(
  ref: Reference,
  index: number,
  byTitleDate: Map<string, number>,
  byLink: Map<string, number>,
  references: readonly Reference[],
): { index: number; same: 'title-date-link' | 'title-date' | 'link' } | null {
  const title = ref.title.trim();
  const titleKey = title ? `${ref.date}\u0000${title}` : null;
  const sameTitle = titleKey === null ? undefined : byTitleDate.get(titleKey);
  const sameLink = ref.url ? byLink.get(ref.url) : undefined;
  if (titleKey !== null && sameTitle === undefined) byTitleDate.set(titleKey, index);
  if (ref.url && sameLink === undefined) byLink.set(ref.url, index);
  if (sameTitle !== undefined) {
    const alsoLink = ref.url !== undefined && references[sameTitle].url === ref.url;
    return { index: sameTitle, same: alsoLink ? 'title-date-link' : 'title-date' };
  }
  return sameLink === undefined ? null : { index: sameLink, same: 'link' };
}

function hostOf(url: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)/i.exec(url);
  return m ? m[1] : null;
}

function withFixes(kinds: Array<FixKind | null>): { fixes: FixKind[] } {
  return { fixes: kinds.filter((k): k is FixKind => k !== null) };
}

/** Index of the earlier entry that entry `index` duplicates (as `reference-duplicate` reports it), or null. */
export function earlierDuplicateOf(references: readonly Reference[], index: number): number | null {
  const byTitleDate = new Map<string, number>();
  const byLink = new Map<string, number>();
  for (let i = 0; i <= index && i < references.length; i++) {
    const found = findEarlierDuplicate(references[i], i, byTitleDate, byLink, references);
    if (i === index) return found ? found.index : null;
  }
  return null;
}
