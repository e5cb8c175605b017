// Ranked "any word" search of the decision library (issue 8 §3). Each word scores BM25F
// over title and text; a document with more and rarer query terms scores higher. A word
// also matches, at a lower weight, the library's compounds that hold it (`toeslag` →
// `zorgtoeslag`) and, when the library does not know it, the words it is made of
// (`rechtentoekenning` → `rechten`, `toekenning`). The word still being typed matches as
// a prefix too. Titles that equal the query, or hold it as a phrase, come first of all.
import { analyze, wordTokens } from './analyzer';
import { parseQuery } from './query-parse';
import type { ParsedQuery, QueryItem } from './query-parse';
import { compareDates, ScoreMap, squeeze } from './search-index';
import type { SearchIndex } from './search-index';

export interface SearchOptions {
  /** `YYYY-MM-DD`, inclusive; a document without a date is left out when a bound is set. */
  from?: string | null;
  to?: string | null;
  /** How many of the best matches to order (the rest are counted, not sorted). */
  top: number;
  /** Switch off compound matching (to measure what it adds). */
  compounds?: boolean;
}

export interface RankedDoc {
  doc: number;
  score: number;
  /**
   * 4: the title is what was typed; 3: the same but for case and accents; 2: the same
   * words; 1: the title holds the query as a phrase; 0: other.
   */
  tier: number;
}

export interface SearchOutcome {
  total: number;
  /** The best `top` matches, best first. */
  ranked: RankedDoc[];
  /** Every term (ids) the query matched on, expansions included: what snippets mark. */
  matchTerms: Set<number>;
}

/** A compound holding the query word counts this much of the word itself. */
export const COMPOUND_WEIGHT = 0.3;
/** The parts of an unknown compound together count this much of the word. */
const PARTS_WEIGHT = 0.5;
/** A word completed from the prefix being typed counts this much of a whole word. */
const PREFIX_WEIGHT = 0.8;
const PREFIX_MIN = 3;
/** Queries of at most this many words also match compounds holding them. */
const SHORT_QUERY = 4;
/** An unknown word this long is looked for inside longer words. */
const CONTAINED_MIN = 5;

export function searchLibrary(index: SearchIndex, input: string, opts: SearchOptions): SearchOutcome {
  const query = parseQuery(input);
  const compounds = opts.compounds !== false;
  // Compounds that hold a known word widen short, typed queries; a long query (a pasted
  // sentence) has terms enough, and there they only added noise (bench/search-quality.ts).
  const holders = compounds && query.groups.flat().length <= SHORT_QUERY;
  const matchTerms = new Set<number>();
  const total = new ScoreMap(index.size);
  const required: ScoreMap[] = [];
  const lastItem = query.groups.at(-1)?.at(-1);
  for (const group of query.groups) {
    const single = group.length === 1 && group[0].kind === 'word';
    // A lone word scores straight into the total; OR groups and phrases need their own map.
    const best = single ? total : new ScoreMap(index.size);
    for (const item of group) {
      const prefix = query.lastIsPrefix && item === lastItem;
      if (item.kind === 'phrase') best.maxAll(scorePhrase(index, item, matchTerms));
      else if (single) scoreWord(index, item, prefix, compounds, holders, matchTerms, total);
      else {
        const one = new ScoreMap(index.size);
        scoreWord(index, item, prefix, compounds, holders, matchTerms, one);
        best.maxAll(one);
      }
    }
    if (best !== total) total.addAll(best);
    if (group.length === 1 && group[0].kind === 'phrase') required.push(best);
  }

  const excluded = excludedDocs(index, query.excluded);
  const inRange = dateFilter(index, opts.from ?? null, opts.to ?? null);
  const onlyNegative = query.groups.length === 0 && query.excluded.length > 0;
  const candidates = onlyNegative ? allDocs(index) : total.touched;
  const tiers = titleTiers(index, query, total);
  // A title typed or pasted whole is found whatever it holds (`en -beheer` is no minus).
  const titled = index.titled(input);
  const typed = squeeze(input);
  for (const doc of titled) tiers.set(doc, index.titles[doc] === typed ? 4 : 3);
  const all = titled.length ? [...new Set([...titled, ...candidates])] : candidates;
  const docs = new Int32Array(all.length);
  const keys = new Float64Array(all.length);
  let count = 0;
  for (const doc of all) {
    if (!inRange(doc)) continue;
    const tier = tiers.get(doc) ?? 0;
    if (tier >= 3) {
      docs[count] = doc;
      keys[count++] = tier * TIER + total.get(doc);
      continue;
    }
    if (excluded.has(doc)) continue;
    if (required.length > 0 && required.some((r) => !r.has(doc))) continue;
    const score = onlyNegative ? 0 : total.get(doc);
    if (!onlyNegative && !(score > 0)) continue;
    docs[count] = doc;
    keys[count++] = tier * TIER + score;
  }
  return { total: count, ranked: best(index, docs.subarray(0, count), keys.subarray(0, count), opts.top), matchTerms };
}

/** Tiers outrank any score: scores stay far below this. */
const TIER = 1e9;

/**
 * A word: its terms (a hyphenated word has several), each with the compounds that hold it;
 * a word the library does not know, by its parts; the word being typed, by completions.
 */
function scoreWord(
  index: SearchIndex,
  item: QueryItem,
  prefix: boolean,
  compounds: boolean,
  withHolders: boolean,
  matchTerms: Set<number>,
  into: ScoreMap,
): void {
  const tokens = wordTokens(item.text);
  const { terms, joined } = analyze(item.text);
  const ids = [...new Set([...terms, ...joined].map((t) => index.termId(t)))].filter((id) => id >= 0);
  const wholeWord = tokens.length === 1 ? tokens[0].word : null;
  const last = tokens.at(-1);
  const completions = prefix && last && [...last.word].length >= PREFIX_MIN ? index.prefixTerms(last.word).filter((t) => !ids.includes(t)) : [];
  const unknown = compounds && wholeWord !== null && ids.length === 0 ? wholeWord : null;
  const parts = unknown !== null ? index.partsOf(unknown) : [];
  const containing = unknown !== null && parts.length === 0 && unknown.length >= CONTAINED_MIN ? index.termsContaining(unknown) : [];
  for (const id of ids) {
    matchTerms.add(id);
    const holders = withHolders ? index.compoundsOf(id) : [];
    if (holders.length === 0) {
      index.score(id, 1, into);
      continue;
    }
    const one = new ScoreMap(index.size);
    index.score(id, 1, one);
    for (const c of holders) {
      index.score(c, COMPOUND_WEIGHT, one, true);
      matchTerms.add(c);
    }
    into.addAll(one);
  }
  if (parts.length > 0 || containing.length > 0 || completions.length > 0) {
    const extra = new ScoreMap(index.size);
    // Parts of an unknown compound add up; longer words holding an unknown word are alternatives.
    for (const p of parts) {
      index.score(p, PARTS_WEIGHT, extra);
      matchTerms.add(p);
    }
    for (const c of containing) {
      index.score(c, COMPOUND_WEIGHT, extra, true);
      matchTerms.add(c);
    }
    for (const t of completions) {
      index.score(t, PREFIX_WEIGHT, extra, true);
      matchTerms.add(t);
    }
    into.maxAll(extra);
  }
}

function scorePhrase(index: SearchIndex, item: QueryItem, matchTerms: Set<number>): ScoreMap {
  const out = new ScoreMap(index.size);
  const ids = analyze(item.text).terms.map((t) => index.termId(t));
  if (ids.length === 0 || ids.some((id) => id < 0)) return out;
  const rarest = ids.reduce((a, b) => (index.df(b) < index.df(a) ? b : a));
  const holds = new Set<number>();
  index.forEachPosting(rarest, (doc) => {
    if (index.hasPhrase(doc, ids)) holds.add(doc);
  });
  if (holds.size === 0) return out;
  const all = new ScoreMap(index.size);
  for (const id of new Set(ids)) {
    index.score(id, 1, all);
    matchTerms.add(id);
  }
  for (const doc of holds) out.add(doc, all.get(doc));
  return out;
}

function excludedDocs(index: SearchIndex, items: QueryItem[]): Set<number> {
  const out = new Set<number>();
  for (const item of items) {
    const { terms, joined } = analyze(item.text);
    const ids = terms.map((t) => index.termId(t));
    if (ids.length === 0 || ids.some((id) => id < 0)) continue;
    if (item.kind === 'phrase' || ids.length > 1) {
      index.forEachPosting(ids[0], (doc) => {
        if (index.hasPhrase(doc, ids)) out.add(doc);
      });
    } else index.forEachPosting(ids[0], (doc) => out.add(doc));
    for (const j of joined) {
      const id = index.termId(j);
      if (id >= 0) index.forEachPosting(id, (doc) => out.add(doc));
    }
  }
  return out;
}

function dateFilter(index: SearchIndex, from: string | null, to: string | null): (doc: number) => boolean {
  if (from === null && to === null) return () => true;
  return (doc) => {
    const date = index.dates[doc];
    return date !== null && (from === null || date >= from) && (to === null || date <= to);
  };
}

/**
 * Title tiers 2 and 1, only for documents whose title holds the query's rarest term: the
 * same words in the same order (2), the words as a phrase inside a longer title (1). A
 * query with OR has no single title to equal.
 */
function titleTiers(index: SearchIndex, query: ParsedQuery, scored: ScoreMap): Map<number, number> {
  const tiers = new Map<number, number>();
  if (query.groups.some((g) => g.length > 1) || query.groups.length === 0) return tiers;
  const ids = analyze(query.plainText).terms.map((t) => index.termId(t));
  if (ids.length === 0 || ids.some((id) => id < 0)) return tiers;
  const rarest = ids.reduce((a, b) => (index.df(b) < index.df(a) ? b : a));
  index.forEachPosting(rarest, (doc, titleTf) => {
    if (titleTf === 0 || !scored.has(doc)) return;
    const title = index.sequence(doc, 'title');
    if (title.length === ids.length && ids.every((id, i) => title[i] === id)) tiers.set(doc, 2);
    else if (index.hasPhrase(doc, ids, 'title')) tiers.set(doc, 1);
  });
  return tiers;
}

function allDocs(index: SearchIndex): number[] {
  return Array.from({ length: index.size }, (_, i) => i);
}

/** The best `top` matches in order: tier, score, then the newest decision (date, key). */
function best(index: SearchIndex, docs: Int32Array, keys: Float64Array, top: number): RankedDoc[] {
  // Broad queries match most of a large library; only the first page is ever sorted.
  const threshold = docs.length > top ? kthLargest(keys, top) : -Infinity;
  const out: RankedDoc[] = [];
  for (let i = 0; i < docs.length; i++) {
    if (keys[i] < threshold) continue;
    const tier = Math.floor(keys[i] / TIER);
    out.push({ doc: docs[i], tier, score: keys[i] - tier * TIER });
  }
  return out
    .sort(
      (a, b) =>
        b.tier - a.tier || b.score - a.score || compareDates(index.dates[b.doc], index.dates[a.doc]) || index.keys[b.doc] - index.keys[a.doc],
    )
    .slice(0, top);
}

/** The `k`-th largest of `values` (1 ≤ k ≤ length): quickselect on a copy, linear on average. */
export function kthLargest(values: Float64Array, k: number): number {
  const a = values.slice();
  const want = a.length - k;
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    // Now a[lo..j] ≤ pivot ≤ a[i..hi], and whatever lies between equals the pivot.
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else return a[want];
  }
  return a[want];
}

/**
 * The library without a query: the newest first, within the date range (a bound leaves
 * undated decisions out), `limit` of them from `offset`, and how many there are.
 */
export function listNewest(index: SearchIndex, opts: { from: string | null; to: string | null; offset: number; limit: number }): { total: number; docs: number[] } {
  const order = index.newestFirst();
  const ranged = opts.from !== null || opts.to !== null;
  const from = opts.from ?? '';
  const to = opts.to ?? '\uffff';
  const docs: number[] = [];
  let total = 0;
  for (let i = 0; i < order.length; i++) {
    const date = index.dates[order[i]];
    if (ranged && (date === null || date < from || date > to)) continue;
    if (total >= opts.offset && docs.length < opts.limit) docs.push(order[i]);
    total++;
  }
  return { total, docs };
}
