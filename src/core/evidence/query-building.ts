// Queries for the evidence finder: the most informative terms of a text, not every word.
// A term's weight is its (log-damped) frequency in the text × its inverse document
// frequency in the library × the weight of the text it came from; terms the library
// does not hold, numbers (`3.2.2`, years) and terms in a large part of the library
// (`vlaams`, `regering`, `besluit`) carry no evidence and are left out.
import { analyze } from '../search/analyzer';
import type { SearchIndex } from '../search/search-index';

export interface WeightedTerm {
  term: number;
  weight: number;
}

export interface QuerySource {
  text: string;
  /** How much this text counts (a heading is short and to the point, a body long). */
  weight: number;
}

export interface QueryOptions {
  /** Keep at most this many terms, the heaviest. */
  maxTerms: number;
  /** Terms in more than this share of the library are too common to be evidence. */
  maxDocShare?: number;
}

const DEFAULT_MAX_DOC_SHARE = 0.25;
const NUMBER = /^\d+$/;

/** The informative terms of `sources`, heaviest first, weights scaled so the heaviest is 1. */
export function informativeTerms(index: SearchIndex, sources: readonly QuerySource[], opts: QueryOptions): WeightedTerm[] {
  const tf = new Map<number, number>();
  for (const source of sources) {
    if (!source.text || source.weight <= 0) continue;
    const { terms, joined } = analyze(source.text);
    const counts = new Map<number, number>();
    for (const term of [...terms, ...joined]) {
      if (NUMBER.test(term)) continue;
      const id = index.termId(term);
      if (id >= 0) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, n] of counts) tf.set(id, (tf.get(id) ?? 0) + source.weight * (1 + Math.log(n)));
  }
  return weigh(index, tf, opts);
}

/**
 * "More like these": the terms that characterise a set of library documents together
 * (Rocchio's centroid over their tf-idf vectors), the same shape as a text query.
 */
export function centroidTerms(index: SearchIndex, docs: readonly number[], opts: QueryOptions): WeightedTerm[] {
  const sum = new Map<number, number>();
  for (const doc of docs) {
    const counts = new Map<number, number>();
    for (const field of ['title', 'text'] as const) {
      const seq = index.sequence(doc, field);
      for (let i = 0; i < seq.length; i++) counts.set(seq[i], (counts.get(seq[i]) ?? 0) + (field === 'title' ? 2 : 1));
    }
    // Each document counts once, whatever its length.
    let norm = 0;
    for (const [id, n] of counts) norm += (1 + Math.log(n)) ** 2 * index.idf(id) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (const [id, n] of counts) {
      if (NUMBER.test(index.terms[id])) continue;
      sum.set(id, (sum.get(id) ?? 0) + ((1 + Math.log(n)) * index.idf(id)) / norm);
    }
  }
  // The sum already holds idf; weigh() multiplies by idf again, so divide it out here.
  for (const [id, w] of sum) sum.set(id, w / index.idf(id));
  return weigh(index, sum, opts);
}

function weigh(index: SearchIndex, tf: Map<number, number>, opts: QueryOptions): WeightedTerm[] {
  const maxDf = Math.max(2, (opts.maxDocShare ?? DEFAULT_MAX_DOC_SHARE) * index.size);
  const out: WeightedTerm[] = [];
  for (const [term, f] of tf) {
    const df = index.df(term);
    if (df === 0 || df > maxDf) continue;
    out.push({ term, weight: f * index.idf(term) });
  }
  out.sort((a, b) => b.weight - a.weight || a.term - b.term);
  const kept = out.slice(0, opts.maxTerms);
  const top = kept[0]?.weight ?? 1;
  return kept.map((t) => ({ term: t.term, weight: t.weight / top }));
}
