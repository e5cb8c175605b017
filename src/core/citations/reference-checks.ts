// Checks on the reference list itself: numbering, titles, dates, links, duplicates,
// and whether each entry is cited.

import type { Diagnostic, FixKind, Reference } from '../../shared/models';
import { checkDecisionLink, meetingDate, parseDecisionLink } from '../links/decision-link';
import type { LinkProblem } from '../links/decision-link';
import { dateProblem } from './dates';
import { firstNumberingBreak } from './numbering';
import { cite, describeReference, quoteTitle, quoteTitlePair } from './wording';

export interface ReferenceContext {
  /** Numbers that at least one citation in the body uses. */
  citedNumbers: ReadonlySet<number>;
  /** Indexes of entries some citation resolves to. */
  citedIndexes: ReadonlySet<number>;
  today: string;
  termStart: string | null;
  termEnd: string | null;
}

export function checkReferences(references: readonly Reference[], ctx: ReferenceContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const numberingBreak = firstNumberingBreak(references);
  const byTitleDate = new Map<string, number>();
  const byLink = new Map<string, number>();

  for (let i = 0; i < references.length; i++) {
    const ref = references[i];
    if (i === numberingBreak) out.push(numberingDiagnostic(references, i));

    const emptyTitle = ref.title.trim() === '';
    if (emptyTitle) {
      const link = ref.url ? parseDecisionLink(ref.url) : null;
      out.push({
        code: 'reference-empty-title',
        severity: 'error',
        message: `Reference ${cite(ref.number)} has no title.` + (link?.title.trim() ? ` Its link names ${quoteTitle(link.title)}.` : ''),
        referenceIndex: i,
        ...withFixes([ctx.citedNumbers.has(ref.number) ? null : 'remove-reference']),
      });
    }

    const problem = dateProblem(ref.date);
    if (problem) {
      const link = ref.url ? parseDecisionLink(ref.url) : null;
      const linkDate = link ? meetingDate(link.meetingStart) : null;
      const what = problem === 'format' ? 'is not written as YYYY-MM-DD' : 'is not a real calendar date';
      out.push({
        code: 'reference-date-invalid',
        severity: 'warning',
        message: `Reference ${describeReference(ref)}: the date “${ref.date}” ${what}.` + (linkDate ? ` Its link says ${linkDate}.` : ''),
        referenceIndex: i,
        fixes: [],
      });
    } else {
      dateDiagnostics(ref, i, ctx, out);
    }

    if (ref.url) {
      const linkDiagnostic = checkLink(ref, i, { emptyTitle, dateValid: !problem });
      if (linkDiagnostic) out.push(linkDiagnostic);
    } else {
      out.push({
        code: 'reference-no-link',
        severity: 'info',
        message: `Reference ${describeReference(ref)} has no link to the decisions database.`,
        referenceIndex: i,
        ...withFixes([!emptyTitle && !problem ? 'rebuild-link' : null]),
      });
    }

    const duplicate = findEarlierDuplicate(ref, i, byTitleDate, byLink, references);
    if (duplicate) {
      out.push({
        code: 'reference-duplicate',
        severity: 'warning',
        message: `Reference ${describeReference(ref)} duplicates ${cite(references[duplicate.index].number)} (${duplicate.why}).`,
        referenceIndex: i,
        fixes: ['merge-duplicates'],
      });
    }

    if (!ctx.citedNumbers.has(ref.number)) {
      out.push({
        code: 'reference-uncited',
        severity: 'warning',
        message: `Reference ${describeReference(ref)} is never cited in the text.`,
        referenceIndex: i,
        fixes: ['remove-reference'],
      });
    }
  }
  return out;
}

function numberingDiagnostic(references: readonly Reference[], at: number): Diagnostic {
  const got = references[at].number;
  let repeated = false;
  for (let j = 0; j < at && !repeated; j++) repeated = references[j].number === got;
  let affected = 0;
  for (let j = at; j < references.length; j++) if (references[j].number !== j) affected++;
  const what = repeated ? `repeats the number ${cite(got)} of an earlier entry` : `is numbered ${cite(got)}`;
  const more = affected > 1 ? ` ${String(affected)} entries are out of sequence.` : '';
  return {
    code: 'reference-numbering',
    severity: 'error',
    message: `Entry ${String(at + 1)} of the reference list ${what}; expected ${cite(at)}. Numbers must run 0, 1, 2, … in list order without gaps or repeats.${more}`,
    referenceIndex: at,
    fixes: ['renumber-by-first-use'],
  };
}

// A cited entry dated before the term is evidence from an earlier government: that is
// `reference-before-term`. `reference-date-outside-term` covers everything else outside the
// term (uncited entries before it, any entry after it), so no entry gets both.
function dateDiagnostics(ref: Reference, index: number, ctx: ReferenceContext, out: Diagnostic[]): void {
  if (ref.date > ctx.today) {
    out.push({
      code: 'reference-date-future',
      severity: 'warning',
      message: `Reference ${describeReference(ref)} is dated ${ref.date}, which is after today (${ctx.today}).`,
      referenceIndex: index,
      fixes: [],
    });
  }
  const { termStart, termEnd } = ctx;
  if (termStart && ref.date < termStart && ctx.citedIndexes.has(index)) {
    out.push({
      code: 'reference-before-term',
      severity: 'warning',
      message: `Reference ${describeReference(ref)} (${ref.date}) is cited as evidence but predates the term, which began ${termStart}: it was decided by an earlier government.`,
      referenceIndex: index,
      fixes: [],
    });
  } else if ((termStart && ref.date < termStart) || (termEnd && ref.date > termEnd)) {
    const term = termStart && termEnd ? `${termStart} to ${termEnd}` : termStart ? `from ${termStart}` : `until ${String(termEnd)}`;
    out.push({
      code: 'reference-date-outside-term',
      severity: 'warning',
      message: `Reference ${describeReference(ref)} is dated ${ref.date}, outside the government's term (${term}).`,
      referenceIndex: index,
      fixes: [],
    });
  }
}

function checkLink(ref: Reference, index: number, facts: { emptyTitle: boolean; dateValid: boolean }): Diagnostic | null {
  // An empty title or a broken date is reported on its own; the link disagreeing with
  // it says nothing new.
  const problems = linkProblems(ref).filter((p) => !(p.kind === 'title' && facts.emptyTitle) && !(p.kind === 'date' && !facts.dateValid));
  if (problems.length === 0) return null;
  if (problems[0].kind === 'not-a-decision-link') {
    return {
      code: 'reference-external-link',
      severity: 'info',
      message: `Reference ${describeReference(ref)} links to ${hostOf(ref.url ?? '')}, not to the decisions database.`,
      referenceIndex: index,
      fixes: [],
    };
  }
  const canRebuild = !facts.emptyTitle && facts.dateValid;
  return {
    code: 'reference-link-mismatch',
    severity: 'error',
    message: `The link of reference ${describeReference(ref)} does not match it: ${problems.map(describeLinkProblem(ref)).join('; ')}.`,
    referenceIndex: index,
    ...withFixes([canRebuild ? 'rebuild-link' : null]),
  };
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

function describeLinkProblem(ref: Reference): (p: LinkProblem) => string {
  return (p) => {
    switch (p.kind) {
      case 'title': {
        const [linkTitle, entryTitle] = quoteTitlePair(p.linkTitle, ref.title);
        return `the link's title is ${linkTitle}, the entry's is ${entryTitle}`;
      }
      case 'date':
        return `the link's date is ${p.linkDate}, the entry's is ${ref.date}`;
      case 'bad-start':
        return `the link's start “${p.meetingStart}” is not a date and time`;
      case 'start-end':
        return `the link's start (${p.meetingStart}) and end (${p.meetingEnd}) differ`;
      case 'encoding':
        return 'title and date agree, but the link is not written in the canonical encoding';
      case 'not-a-decision-link':
        return 'it is not a link to the decisions database';
    }
  };
}

function findEarlierDuplicate(
  ref: Reference,
  index: number,
  byTitleDate: Map<string, number>,
  byLink: Map<string, number>,
  references: readonly Reference[],
): { index: number; why: string } | null {
  const title = ref.title.trim();
  const titleKey = title ? `${ref.date}\u0000${title}` : null;
  const sameTitle = titleKey === null ? undefined : byTitleDate.get(titleKey);
  const sameLink = ref.url ? byLink.get(ref.url) : undefined;
  if (titleKey !== null && sameTitle === undefined) byTitleDate.set(titleKey, index);
  if (ref.url && sameLink === undefined) byLink.set(ref.url, index);
  if (sameTitle !== undefined) {
    const alsoLink = ref.url !== undefined && references[sameTitle].url === ref.url;
    return { index: sameTitle, why: alsoLink ? 'same title, date and link' : 'same title and date' };
  }
  return sameLink === undefined ? null : { index: sameLink, why: 'same link' };
}

function hostOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)/i.exec(url);
  return m ? m[1] : `“${url.length > 40 ? url.slice(0, 39) + '…' : url}”`;
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
