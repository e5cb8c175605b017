// Quick fixes: pure functions from a body and reference list to a new body and list, with
// the changes in words. A fix that cannot apply returns its input unchanged plus `error`.
//
// Renumbering maps every number through one injective map, applied alike to entries and
// citations, so a citation keeps pointing at the same entry. A citation with no entry
// stays without one: it is moved to a number no entry gets rather than left to collide.

import type { Reference } from '../../shared/models';
import { buildDecisionLink, checkDecisionLink, meetingDate, parseDecisionLink } from '../links/decision-link';
import { isValidDate } from './dates';
import { meetingStartFor } from './meeting-start';
import { firstIndexByNumber, nextReferenceNumber } from './numbering';
import { rewriteCitations } from './rewrite';
import type { CitationMap } from './rewrite';
import { scanCitations } from './scan';
import { cite, describeReference, quoteTitle } from './wording';

export interface FixInput {
  body: string;
  references: readonly Reference[];
}

export interface FixResult {
  body: string;
  references: Reference[];
  /** What changed, one line each, e.g. `renumbered [3] → [1]`. Empty when nothing did. */
  changes: string[];
  /** Why the fix could not be applied; the body and references are then unchanged. */
  error?: string;
}

/** Numbers run 0..n-1 in order of first citation; uncited entries follow in list order. */
export function renumberByFirstUse(input: FixInput): FixResult {
  const refs = input.references;
  const scan = scanCitations(input.body);
  const resolve = firstIndexByNumber(refs);
  const order: number[] = [];
  const placed = new Set<number>();
  for (const c of scan.citations) {
    const index = resolve.get(c.number);
    if (index !== undefined && !placed.has(index)) {
      placed.add(index);
      order.push(index);
    }
  }
  for (let i = 0; i < refs.length; i++) if (!placed.has(i)) order.push(i);

  const newNumber = new Map<number, number>();
  order.forEach((index, position) => newNumber.set(index, position));
  const changes: string[] = [];
  const references = order.map((index, position) => {
    const ref = refs[index];
    if (ref.number === position) return ref;
    changes.push(`renumbered ${cite(ref.number)} → ${cite(position)}`);
    return { ...ref, number: position };
  });
  if (changes.length === 0 && order.some((index, position) => index !== position)) changes.push('put the reference list in number order');

  const dangling = danglingMap(scan.citations.map((c) => c.number), resolve, refs.length);
  for (const [from, to] of dangling) changes.push(`citation ${cite(from)} has no entry; renumbered it to ${cite(to)} so it cannot point at another entry`);
  const body = rewriteCitations(input.body, scan.citations, (n) => {
    const index = resolve.get(n);
    return index === undefined ? (dangling.get(n) ?? n) : (newNumber.get(index) as number);
  });
  return { body, references, changes };
}

/**
 * Removes entry `index` and every citation of it from the body (they would otherwise
 * point at nothing, or after renumbering at the wrong entry). With `renumber`, the
 * numbers after it move down by one, in the list and in the body.
 */
export function removeReference(input: FixInput, index: number, options: { renumber: boolean }): FixResult {
  const bad = checkIndex(input, index);
  if (bad) return bad;
  const refs = input.references;
  const removed = refs[index];
  const ownsCitations = firstIndexByNumber(refs).get(removed.number) === index;
  const numberStillUsed = refs.some((r, i) => i !== index && r.number === removed.number);
  const shift = options.renumber && !numberStillUsed;
  const scan = scanCitations(input.body);

  const changes = [`removed reference ${describeReference(removed)}`];
  const citedTimes = ownsCitations ? scan.citations.filter((c) => c.number === removed.number).length : 0;
  if (citedTimes > 0) changes.push(`removed ${countText(citedTimes, 'citation')} of ${cite(removed.number)} from the text`);
  const map: CitationMap = (n) => (n === removed.number && ownsCitations ? null : shift && n > removed.number ? n - 1 : n);
  const references: Reference[] = [];
  refs.forEach((ref, i) => {
    if (i === index) return;
    const to = map(ref.number) ?? ref.number;
    if (to !== ref.number) changes.push(`renumbered ${cite(ref.number)} → ${cite(to)}`);
    references.push(to === ref.number ? ref : { ...ref, number: to });
  });
  return { body: rewriteCitations(input.body, scan.citations, map), references, changes };
}

/** Rebuilds the entry's link from its title and date (see meetingStartFor for the time). */
export function rebuildLink(input: FixInput, index: number): FixResult {
  const bad = checkIndex(input, index);
  if (bad) return bad;
  const ref = input.references[index];
  if (!ref.title.trim()) return unchanged(input, `Reference ${cite(ref.number)} has no title, and a link is built from the title.`);
  if (!isValidDate(ref.date)) return unchanged(input, `Reference ${cite(ref.number)} has no valid date (“${ref.date}”), and a link is built from the date.`);
  const meetingStart = meetingStartFor(ref);
  const url = buildDecisionLink(ref.title, meetingStart);
  if (url === ref.url && meetingStart === ref.meetingStart) return unchanged(input);
  const references = replaceAt(input.references, index, { ...ref, url, meetingStart });
  const what = ref.url ? (url === ref.url ? 'recorded the meeting start of' : 'rebuilt the link of') : 'built a link for';
  return { body: input.body, references, changes: [`${what} ${cite(ref.number)} from its title and date (meeting start ${meetingStart})`] };
}

/** Takes title, date and meeting start from the entry's own decision link. */
export function fillFromLink(input: FixInput, index: number): FixResult {
  const bad = checkIndex(input, index);
  if (bad) return bad;
  const ref = input.references[index];
  const parts = ref.url ? parseDecisionLink(ref.url) : null;
  const date = parts ? meetingDate(parts.meetingStart) : null;
  if (!parts || date === null) return unchanged(input, `The link of reference ${cite(ref.number)} is not a readable decisions-database link.`);
  const changes: string[] = [];
  if (parts.title !== ref.title) changes.push(`took the title of ${cite(ref.number)} from its link: ${quoteTitle(parts.title)}`);
  if (date !== ref.date) changes.push(`took the date of ${cite(ref.number)} from its link: ${date}`);
  if (changes.length === 0 && parts.meetingStart === ref.meetingStart) return unchanged(input);
  const references = replaceAt(input.references, index, { ...ref, title: parts.title, date, meetingStart: parts.meetingStart });
  return { body: input.body, references, changes };
}

/**
 * Folds entry `dropIndex` into `keepIndex`: citations of the dropped number cite the kept
 * one, a link or meeting start only the dropped entry had is kept, and the numbers after
 * the dropped one close up.
 */
export function mergeDuplicates(input: FixInput, keepIndex: number, dropIndex: number): FixResult {
  const bad = checkIndex(input, keepIndex) ?? checkIndex(input, dropIndex);
  if (bad) return bad;
  if (keepIndex === dropIndex) return unchanged(input, 'A reference cannot be merged with itself.');
  const refs = input.references;
  const keep = refs[keepIndex];
  const drop = refs[dropIndex];
  const resolve = firstIndexByNumber(refs);
  if (resolve.get(keep.number) !== keepIndex) {
    // Citations of its number reach an earlier entry, so none could be moved to it.
    return unchanged(input, `Entry ${String(keepIndex + 1)} shares the number ${cite(keep.number)} with an earlier entry; renumber the references first.`);
  }
  const dropOwns = resolve.get(drop.number) === dropIndex;
  const numberStillUsed = refs.some((r, i) => i !== dropIndex && r.number === drop.number);
  const close = (n: number) => (!numberStillUsed && n > drop.number ? n - 1 : n);
  const map: CitationMap = (n) => close(n === drop.number && dropOwns ? keep.number : n);

  const changes = [`merged ${describeReference(drop)} into ${cite(keep.number)}`];
  const merged: Reference = { ...keep };
  if (!merged.url && drop.url) {
    merged.url = drop.url;
    changes.push(`kept the link of ${cite(drop.number)}`);
  }
  if (!merged.meetingStart && drop.meetingStart && meetingDate(drop.meetingStart) === keep.date) merged.meetingStart = drop.meetingStart;
  const scan = scanCitations(input.body);
  const moved = dropOwns ? scan.citations.filter((c) => c.number === drop.number).length : 0;
  if (moved > 0) changes.push(`rewrote ${countText(moved, 'citation')} ${cite(drop.number)} → ${cite(close(keep.number))}`);
  const references: Reference[] = [];
  refs.forEach((ref, i) => {
    if (i === dropIndex) return;
    const base = i === keepIndex ? merged : ref;
    const to = close(ref.number);
    if (to !== ref.number) changes.push(`renumbered ${cite(ref.number)} → ${cite(to)}`);
    references.push(to === ref.number ? base : { ...base, number: to });
  });
  return { body: rewriteCitations(input.body, scan.citations, map), references, changes };
}

/**
 * Appends an entry with the next free number (n for a clean list). Its link is built when
 * the meeting start is known and it has none; a missing date is taken from the start.
 */
export function addReference(input: FixInput, ref: Omit<Reference, 'number'>): FixResult & { number: number } {
  const number = nextReferenceNumber(input.references);
  const start = ref.meetingStart && meetingDate(ref.meetingStart) !== null ? ref.meetingStart : undefined;
  const added: Reference = { ...ref, number, date: ref.date || (start ? (meetingDate(start) as string) : '') };
  if (!added.url && start && added.title.trim()) added.url = buildDecisionLink(added.title, start);
  return {
    body: input.body,
    references: [...input.references, added],
    changes: [`added reference ${describeReference(added)}`],
    number,
  };
}

/**
 * The fixes `pwb check --fix` applies: only those that cannot change what the report
 * says. Links whose title and date agree but whose encoding is not canonical are
 * rewritten; exact duplicates (same non-empty title, same date, same link or both without
 * one) are merged into the first; then the references are renumbered by first use.
 */
export function applySafeFixes(input: FixInput): FixResult {
  const changes: string[] = [];
  let references = input.references.map((ref) => {
    const problems = checkDecisionLink(ref);
    if (problems.length !== 1 || problems[0].kind !== 'encoding') return ref;
    changes.push(`rewrote the link of ${cite(ref.number)} in the canonical encoding`);
    return { ...ref, url: problems[0].expected };
  });

  let body = input.body;
  // Merging needs every entry to own its number; a list with repeated numbers is
  // renumbered first (renumbering never changes what a citation points at).
  if (firstIndexByNumber(references).size < references.length) {
    const renumbered = renumberByFirstUse({ body, references });
    body = renumbered.body;
    references = renumbered.references;
    changes.push(...renumbered.changes);
  }
  for (let drop = findExactDuplicate(references); drop; drop = findExactDuplicate(references)) {
    const merged = mergeDuplicates({ body, references }, drop.keep, drop.drop);
    if (merged.error) break;
    body = merged.body;
    references = merged.references;
    const why = references[drop.keep].url ? 'same title, date and link' : 'same title and date, neither linked';
    changes.push(...merged.changes.map((line, i) => (i === 0 ? `${line} (${why})` : line)));
  }

  const renumbered = renumberByFirstUse({ body, references });
  return { body: renumbered.body, references: renumbered.references, changes: [...changes, ...renumbered.changes] };
}

function findExactDuplicate(refs: readonly Reference[]): { keep: number; drop: number } | null {
  const seen = new Map<string, number>();
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i];
    if (!ref.title.trim()) continue;
    const key = `${ref.title}\u0000${ref.date}\u0000${ref.url ?? ''}`;
    const keep = seen.get(key);
    if (keep !== undefined) return { keep, drop: i };
    seen.set(key, i);
  }
  return null;
}

function countText(n: number, noun: string): string {
  return `${String(n)} ${noun}${n === 1 ? '' : 's'}`;
}

function checkIndex(input: FixInput, index: number): FixResult | null {
  if (Number.isInteger(index) && index >= 0 && index < input.references.length) return null;
  return unchanged(input, `There is no reference at position ${String(index)}; the list has ${String(input.references.length)} entries.`);
}

export function unchanged(input: FixInput, error?: string): FixResult {
  const result: FixResult = { body: input.body, references: [...input.references], changes: [] };
  if (error) result.error = error;
  return result;
}

function replaceAt(refs: readonly Reference[], index: number, ref: Reference): Reference[] {
  const out = [...refs];
  out[index] = ref;
  return out;
}

/** Cited numbers with no entry that a renumbered list (0..n-1) would capture, moved past it. */
function danglingMap(cited: readonly number[], resolve: ReadonlyMap<number, number>, n: number): Map<number, number> {
  const map = new Map<number, number>();
  const dangling = new Set(cited.filter((c) => !resolve.has(c)));
  let free = n;
  for (const d of dangling) {
    if (d >= n) continue;
    while (dangling.has(free)) free++;
    map.set(d, free++);
  }
  return map;
}
