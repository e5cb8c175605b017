// Citing a library decision in a section in one step: the reference (with the exact link
// built from title and meeting start) and its `[N]` at a place in the body. A decision
// the section already lists keeps its number: the citation reuses it.

import type { DecisionRecord, Reference } from '../../shared/models';
import { buildDecisionLink, meetingDate, parseDecisionLink } from '../links/decision-link';
import { nextReferenceNumber } from './numbering';

/**
 * The reference entry for a decision. Its link is built from title + meeting start (the
 * exact link the checker expects) when both are known, else the library's own link; an
 * untitled decision keeps its empty title (a made-up title would not be the decision's).
 */
export function referenceForDecision(d: Pick<DecisionRecord, 'title' | 'date' | 'meetingStart' | 'url'>, number: number): Reference {
  const fromUrl = d.url ? parseDecisionLink(d.url) : null;
  const start = d.meetingStart ?? (fromUrl && meetingDate(fromUrl.meetingStart) !== null ? fromUrl.meetingStart : null);
  const url = start && d.title.trim() ? buildDecisionLink(d.title, start) : (d.url ?? undefined);
  const date = d.date ?? (start ? meetingDate(start) : null) ?? '';
  const ref: Reference = { number, date, title: d.title };
  if (start) ref.meetingStart = start;
  if (url) ref.url = url;
  return ref;
}

/** The entry of `references` that is this decision already: same link, or same (non-empty) title and date. */
export function findReferenceFor(references: readonly Reference[], wanted: Reference, libraryUrl?: string | null): Reference | undefined {
  const links = new Set([wanted.url, libraryUrl].filter((u): u is string => !!u));
  const byLink = references.find((r) => r.url && links.has(r.url));
  if (byLink) return byLink;
  if (!wanted.title.trim() || !wanted.date) return undefined;
  return references.find((r) => r.title === wanted.title && r.date === wanted.date);
}

export interface CiteResult {
  body: string;
  references: Reference[];
  number: number;
  /** True when the section already listed the decision (nothing added to the list). */
  reused: boolean;
  /** Offsets in the new body of the inserted `[N]` (without any space added around it). */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Cites the decision at `[from, to)` of the body (a typed `[query` that the citation
 * replaces, or an empty range at the cursor). A space keeps the citation apart from the
 * word before it; citations in a row (`[3][4]`) get none.
 */
export function citeDecision(
  input: { body: string; references: readonly Reference[] },
  decision: Pick<DecisionRecord, 'title' | 'date' | 'meetingStart' | 'url'>,
  from: number,
  to: number = from,
): CiteResult {
  const { body } = input;
  const candidate = referenceForDecision(decision, nextReferenceNumber(input.references));
  const existing = findReferenceFor(input.references, candidate, decision.url);
  const number = existing ? existing.number : candidate.number;
  const references = existing ? [...input.references] : [...input.references, candidate];

  const before = from > 0 ? body[from - 1] : '';
  const after = to < body.length ? body[to] : '';
  const spaceBefore = before !== '' && !/\s/.test(before) && before !== ']' && before !== '(' && before !== '[' ? ' ' : '';
  const spaceAfter = WORD.test(after) ? ' ' : '';
  const citation = `[${number}]`;
  const start = from + spaceBefore.length;
  return {
    body: body.slice(0, from) + spaceBefore + citation + spaceAfter + body.slice(to),
    references,
    number,
    reused: !!existing,
    start,
    end: start + citation.length,
  };
}

const LABEL_WORDS = 12;
const LABEL_CHARS = 90;

/**
 * How a decision is named in a list: its title (line breaks shown as spaces), or for an
 * untitled decision the first words of its text, marked `untitled: true` so the list can
 * say so. Never invented into the reference itself.
 */
export function decisionLabel(d: Pick<DecisionRecord, 'title' | 'text'>): { text: string; untitled: boolean } {
  const title = d.title.replace(/\s+/g, ' ').trim();
  if (title) return { text: title, untitled: false };
  const words = d.text.replace(/\s+/g, ' ').trim().split(' ');
  let text = words.slice(0, LABEL_WORDS).join(' ');
  if (text.length > LABEL_CHARS) text = text.slice(0, LABEL_CHARS).replace(/\s+\S*$/, '');
  return { text: text.length < d.text.trim().length ? `${text}…` : text, untitled: true };
}
