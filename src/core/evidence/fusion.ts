// Ranked lists and their fusion. Each query (a commitment, the agreement, the body, the
// cited decisions) gives its own ranking; reciprocal rank fusion (Cormack et al. 2009)
// adds weight / (k + rank) over the lists, so a decision that several queries rank
// well wins, and a decision one commitment ranks first is not drowned by a long query
// whose scores are on another scale.
import { ScoreMap } from '../search/search-index';
import type { SearchIndex } from '../search/search-index';
import type { WeightedTerm } from './query-building';

export interface Ranked {
  doc: number;
  score: number;
}

export interface RankedList {
  /** Identifies the list in the fused contributions (a reason for the suggestion). */
  id: string;
  weight: number;
  ranking: Ranked[];
}

export interface Fused {
  doc: number;
  score: number;
  /** Per list id, what it added. */
  contributions: Map<string, number>;
  /** Per list id, the document's rank in it (0 = first). */
  ranks: Map<string, number>;
}

/** The usual constant: it keeps the first few ranks from dominating. */
export const RRF_K = 60;

/** BM25F over weighted terms: the best `top` documents that `keep` admits, best first. */
export function rankTerms(index: SearchIndex, terms: readonly WeightedTerm[], top: number, keep: (doc: number) => boolean): Ranked[] {
  const scores = new ScoreMap(index.size);
  for (const t of terms) index.score(t.term, t.weight, scores);
  return topOf(scores, top, keep);
}

/**
 * The best `top` of a score map (ties: lower document number first, for stable results).
 * A bounded min-heap: a broad query scores most of a large library, and only the first
 * hundred are wanted.
 */
export function topOf(scores: ScoreMap, top: number, keep: (doc: number) => boolean): Ranked[] {
  const heapDoc = new Int32Array(top);
  const heapScore = new Float64Array(top);
  let size = 0;
  // "Worse" is a lower score, or on equal scores the higher document number.
  const worse = (i: number, j: number) => heapScore[i] < heapScore[j] || (heapScore[i] === heapScore[j] && heapDoc[i] > heapDoc[j]);
  const swap = (i: number, j: number) => {
    const d = heapDoc[i];
    const s = heapScore[i];
    heapDoc[i] = heapDoc[j];
    heapScore[i] = heapScore[j];
    heapDoc[j] = d;
    heapScore[j] = s;
  };
  const down = (from: number) => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && worse(l, m)) m = l;
      if (r < size && worse(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (const d of scores.touched) {
    const s = scores.get(d);
    if (!(s > 0)) continue;
    if (size === top && (s < heapScore[0] || (s === heapScore[0] && d > heapDoc[0]))) continue;
    if (!keep(d)) continue;
    if (size < top) {
      heapDoc[size] = d;
      heapScore[size] = s;
      let i = size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(i, parent)) break;
        swap(i, parent);
        i = parent;
      }
    } else {
      heapDoc[0] = d;
      heapScore[0] = s;
      down(0);
    }
  }
  const out: Ranked[] = [];
  for (let i = 0; i < size; i++) out.push({ doc: heapDoc[i], score: heapScore[i] });
  return out.sort((a, b) => b.score - a.score || a.doc - b.doc);
}

export function fuseRankings(lists: readonly RankedList[], k = RRF_K): Fused[] {
  const fused = new Map<number, Fused>();
  for (const list of lists) {
    list.ranking.forEach(({ doc }, rank) => {
      const add = list.weight / (k + rank + 1);
      let f = fused.get(doc);
      if (!f) fused.set(doc, (f = { doc, score: 0, contributions: new Map(), ranks: new Map() }));
      f.score += add;
      f.contributions.set(list.id, (f.contributions.get(list.id) ?? 0) + add);
      if (!f.ranks.has(list.id)) f.ranks.set(list.id, rank);
    });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score || a.doc - b.doc);
}
