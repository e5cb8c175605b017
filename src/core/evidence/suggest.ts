// The evidence finder (issue 9): which library decisions should this section look at?
//
// Everything the section holds becomes a query of its most informative terms: each
// `[commitment]` of the agreement (or, when none is marked, each sentence of it), the
// agreement as a whole with the heading and the tree path, the assessment body, and —
// "more like these" — the decisions already cited. Each query ranks the library with
// BM25F; the rankings are fused with reciprocal rank fusion, so a decision several
// parts point at comes first and every commitment gets its own say. Cited and dismissed
// decisions, and those the filters (term, dates, domain) leave out, are never suggested.
import { findCommitments } from '../citations/commitments';
import { ScoreMap } from '../search/search-index';
import type { SearchIndex } from '../search/search-index';
import { fuseRankings, topOf } from './fusion';
import type { Fused, Ranked, RankedList } from './fusion';
import { centroidTerms, informativeTerms } from './query-building';
import type { QuerySource, WeightedTerm } from './query-building';

export interface EvidenceSection {
  path: readonly string[];
  name: string;
  heading: string;
  agreement: string;
  body: string;
}

/** Parts of the ranking that can be switched off, to measure what each adds. */
export type EvidencePart = 'aspects' | 'whole' | 'context' | 'body' | 'feedback';

export interface EvidenceRequest {
  section: EvidenceSection;
  /** Library documents the section already cites. */
  cited: readonly number[];
  /** Library documents hidden for this section ("not relevant"). */
  dismissed: readonly number[];
  /** `agreement`: only the agreement text, heading and tree path (a section not yet written). */
  from: 'agreement' | 'all';
  limit: number;
  /** Suggestions per commitment (default 5). */
  perCommitment?: number;
  /** Documents the filters admit (term, date range, domain); all when absent. */
  admit?: (doc: number) => boolean;
  without?: readonly EvidencePart[];
}

export type EvidenceReason =
  | { kind: 'commitment'; commitment: number }
  | { kind: 'agreement'; excerpt: string | null }
  | { kind: 'heading' }
  | { kind: 'body' }
  | { kind: 'cited'; doc: number };

export interface EvidenceSuggestion {
  doc: number;
  score: number;
  /** Why, most important first. */
  reasons: EvidenceReason[];
  /** Query terms the document holds: what a snippet marks. */
  terms: number[];
}

export interface CommitmentEvidence {
  text: string;
  /** Offsets of `[` and just past `]` in the agreement. */
  start: number;
  end: number;
  suggestions: EvidenceSuggestion[];
  /** Cited documents that support this commitment, best first. */
  supporting: number[];
}

export interface EvidenceResult {
  suggestions: EvidenceSuggestion[];
  /** One entry per `[commitment]` marked in the agreement, in order. */
  commitments: CommitmentEvidence[];
}

/**
 * Fusion weights. The aspects together weigh `aspects` (each 1/√n of it), so a long
 * agreement's many sentences do not drown the rest; the cited decisions weigh more the
 * more there are (1 + ln n): a section's citations resemble each other, and the more of
 * them, the surer the resemblance. Chosen on the fixtures (bench/evidence-quality.ts),
 * where differences under two points are one or two decisions.
 */
const W = { aspects: 0.5, whole: 1, context: 0.5, body: 1.5, cited: 1.5 };

/** How many documents each query ranks before fusion. */
const LIST_DEPTH = 100;
const ASPECT_TERMS = 12;
const WHOLE_TERMS = 20;
const CONTEXT_TERMS = 8;
const BODY_TERMS = 40;
const FEEDBACK_TERMS = 30;
/** A cited decision supports a commitment when it scores this share of the commitment's best match… */
const SUPPORT_SHARE = 0.3;
/** …and holds at least this many of its query terms (fewer when the query has fewer). */
const SUPPORT_TERMS = 2;
/** A query is named as a reason when it ranks the decision this high (the best ranks first). */
const REASON_RANK = 20;
const MAX_REASONS = 3;

interface Aspect {
  text: string;
  commitment: number | null;
  terms: WeightedTerm[];
  scores: ScoreMap;
}

export function suggestEvidence(index: SearchIndex, req: EvidenceRequest): EvidenceResult {
  const off = new Set(req.without ?? []);
  const s = req.section;
  const cited = new Set(req.cited);
  const hidden = new Set(req.dismissed);
  const admit = req.admit ?? (() => true);
  const suggestable = (doc: number) => !cited.has(doc) && !hidden.has(doc) && admit(doc);
  const context = contextOf(s);
  const commitments = findCommitments(s.agreement);
  const aspects: Aspect[] =
    commitments.length > 0
      ? commitments.map((c, i) => aspectOf(index, c.text, i, context))
      : sentencesOf(s.agreement).map((text) => aspectOf(index, text, null, context));

  const lists: RankedList[] = [];
  const queries = new Map<string, WeightedTerm[]>(aspects.map((a, i) => [`aspect:${i}`, a.terms]));
  const add = (id: string, weight: number, terms: WeightedTerm[], scores = scoreTerms(index, terms)) => {
    if (terms.length === 0) return;
    queries.set(id, terms);
    lists.push({ id, weight, ranking: topOf(scores, LIST_DEPTH, suggestable) });
  };
  if (!off.has('aspects')) {
    // Together the aspects weigh as much as one strong list, however many there are.
    const each = aspects.length > 0 ? W.aspects / Math.sqrt(aspects.length) : 0;
    aspects.forEach((a, i) => add(`aspect:${i}`, each, a.terms, a.scores));
  }
  if (!off.has('whole')) {
    add('whole', W.whole, informativeTerms(index, [{ text: s.agreement, weight: 1 }, ...context], { maxTerms: WHOLE_TERMS }));
  }
  if (!off.has('context')) add('context', W.context, informativeTerms(index, context, { maxTerms: CONTEXT_TERMS }));
  if (req.from === 'all' && !off.has('body')) {
    add('body', W.body, informativeTerms(index, [{ text: bodyText(s.body, s.agreement), weight: 1 }], { maxTerms: BODY_TERMS }));
  }
  const citedDocs = [...cited];
  if (req.from === 'all' && citedDocs.length > 0 && !off.has('feedback')) {
    add('cited', W.cited * (1 + Math.log(citedDocs.length)), centroidTerms(index, citedDocs, { maxTerms: FEEDBACK_TERMS }));
  }

  const fused = fuseRankings(lists).slice(0, req.limit);
  const termsOf = memoTerms(index);
  const explain = (f: Fused) => explainOne(termsOf, index, f, queries, aspects, citedDocs);
  return {
    suggestions: fused.map(explain),
    commitments: commitments.map((c, i) => {
      const aspect = aspects[i];
      const ranking = topOf(aspect.scores, req.perCommitment ?? 5, suggestable);
      return {
        text: c.text,
        start: c.start,
        end: c.end,
        suggestions: ranking.map((r, rank) => explainOne(termsOf, index, single(r, `aspect:${i}`, rank), queries, aspects, citedDocs)),
        supporting: supportingDocs(termsOf, aspect, citedDocs),
      };
    }),
  };
}

/**
 * How many cited documents support each `[commitment]` of a section: the coverage alone,
 * without ranking suggestions (the dashboard asks it of every section).
 */
export function commitmentCoverage(index: SearchIndex, section: EvidenceSection, cited: readonly number[]): { text: string; supporting: number[] }[] {
  const context = contextOf(section);
  const termsOf = memoTerms(index);
  return findCommitments(section.agreement).map((c, i) => ({ text: c.text, supporting: supportingDocs(termsOf, aspectOf(index, c.text, i, context), cited) }));
}

function contextOf(s: EvidenceSection): QuerySource[] {
  return [
    { text: s.heading, weight: 1 },
    { text: s.name === s.heading ? '' : s.name, weight: 1 },
    { text: s.path.join(' '), weight: 0.5 },
  ];
}

/** A commitment's (or sentence's) own query: its terms, the section's context at a quarter weight. */
function aspectOf(index: SearchIndex, text: string, commitment: number | null, context: QuerySource[]): Aspect {
  const terms = informativeTerms(index, [{ text, weight: 1 }, ...context.map((c) => ({ ...c, weight: c.weight * 0.25 }))], { maxTerms: ASPECT_TERMS });
  return { text, commitment, terms, scores: scoreTerms(index, terms) };
}

function scoreTerms(index: SearchIndex, terms: readonly WeightedTerm[]): ScoreMap {
  const scores = new ScoreMap(index.size);
  for (const t of terms) index.score(t.term, t.weight, scores);
  return scores;
}

function single(r: Ranked, id: string, rank: number): Fused {
  return { doc: r.doc, score: r.score, contributions: new Map([[id, 1]]), ranks: new Map([[id, rank]]) };
}

/**
 * The sentences of an agreement without marked commitments: each is usually one promise.
 * The leading section number is dropped; very short fragments join the next sentence.
 */
export function sentencesOf(agreement: string): string[] {
  const text = agreement.replace(/^\s*\d+(\.\d+)*\.?\s*/, '');
  const out: string[] = [];
  let carry = '';
  for (const part of text.split(/(?<=[.;!?])\s+/)) {
    const sentence = `${carry} ${part}`.trim();
    if (sentence.split(/\s+/).length < 6) carry = sentence;
    else {
      out.push(sentence);
      carry = '';
    }
  }
  if (carry) {
    if (out.length > 0) out[out.length - 1] += ` ${carry}`;
    else out.push(carry);
  }
  return out;
}

/** The body without citation marks and without the agreement quoted back. */
function bodyText(body: string, agreement: string): string {
  const text = body.replace(/\[\d+\]/g, ' ');
  return agreement.length > 40 ? text.split(agreement.trim()).join(' ') : text;
}

function supportingDocs(termsOf: TermsOf, aspect: Aspect, cited: readonly number[]): number[] {
  if (aspect.terms.length === 0) return [];
  let best = 0;
  for (const d of aspect.scores.touched) best = Math.max(best, aspect.scores.get(d));
  const need = Math.min(SUPPORT_TERMS, aspect.terms.length);
  const terms = new Set(aspect.terms.map((t) => t.term));
  return cited
    .filter((d) => aspect.scores.get(d) >= SUPPORT_SHARE * best && aspect.scores.get(d) > 0 && sharedTerms(termsOf(d), terms) >= need)
    .sort((a, b) => aspect.scores.get(b) - aspect.scores.get(a));
}

type TermsOf = (doc: number) => ReadonlySet<number>;

/** The distinct terms of a document, each document's computed once per request. */
function memoTerms(index: SearchIndex): TermsOf {
  const cache = new Map<number, Set<number>>();
  return (doc) => {
    let set = cache.get(doc);
    if (!set) cache.set(doc, (set = new Set([...index.sequence(doc, 'title'), ...index.sequence(doc, 'text')])));
    return set;
  };
}

function sharedTerms(own: ReadonlySet<number>, terms: ReadonlySet<number>): number {
  let n = 0;
  for (const t of own) if (terms.has(t)) n++;
  return n;
}

function explainOne(
  termsOf: TermsOf,
  index: SearchIndex,
  f: Fused,
  queries: Map<string, WeightedTerm[]>,
  aspects: Aspect[],
  cited: readonly number[],
): EvidenceSuggestion {
  const own = termsOf(f.doc);
  const ranked = [...f.ranks].sort((a, b) => a[1] - b[1] || (f.contributions.get(b[0]) ?? 0) - (f.contributions.get(a[0]) ?? 0));
  const reasons: EvidenceReason[] = [];
  const terms = new Set<number>();
  for (const [id, rank] of ranked) {
    for (const t of queries.get(id) ?? []) if (own.has(t.term)) terms.add(t.term);
    if ((rank >= REASON_RANK && reasons.length > 0) || reasons.length >= MAX_REASONS) continue;
    if (id.startsWith('aspect:')) {
      const a = aspects[Number(id.slice(7))];
      reasons.push(a.commitment !== null ? { kind: 'commitment', commitment: a.commitment } : { kind: 'agreement', excerpt: a.text });
    } else if (id === 'whole') reasons.push({ kind: 'agreement', excerpt: null });
    else if (id === 'context') reasons.push({ kind: 'heading' });
    else if (id === 'body') reasons.push({ kind: 'body' });
    else if (id === 'cited') {
      const like = mostAlike(termsOf, index, own, cited);
      if (like !== null) reasons.push({ kind: 'cited', doc: like });
    }
  }
  return { doc: f.doc, score: f.score, reasons, terms: [...terms] };
}

/** The cited document sharing the most (idf-weighted) terms with a suggestion. */
function mostAlike(termsOf: TermsOf, index: SearchIndex, own: ReadonlySet<number>, cited: readonly number[]): number | null {
  let best: number | null = null;
  let bestScore = 0;
  for (const d of cited) {
    let s = 0;
    for (const t of termsOf(d)) if (own.has(t)) s += index.idf(t);
    if (s > bestScore) {
      bestScore = s;
      best = d;
    }
  }
  return best;
}
