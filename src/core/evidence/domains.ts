// Decisions carry no policy domain, but the project's sections do (the top folder of the
// tree). A decision belongs to the domain whose sections it resembles most: each domain
// gets a profile — the informative terms of its sections' agreements and headings plus
// the centroid of the decisions they cite — and each decision goes to the profile that
// scores it highest (nearest centroid). Decisions no profile matches belong to none.
import type { SearchIndex } from '../search/search-index';
import { ScoreMap } from '../search/search-index';
import { centroidTerms, informativeTerms } from './query-building';
import type { QuerySource, WeightedTerm } from './query-building';

export interface DomainProfileInput {
  name: string;
  /** Agreement texts, headings and names of the domain's sections. */
  sources: QuerySource[];
  /** Library documents its sections cite. */
  cited: number[];
}

const PROFILE_TERMS = 60;

/** Per document, the index of its domain in `domains`, or -1. */
export function classifyDomains(index: SearchIndex, domains: readonly DomainProfileInput[]): Int16Array {
  const best = new Float64Array(index.size);
  const out = new Int16Array(index.size).fill(-1);
  domains.forEach((domain, i) => {
    const scores = new ScoreMap(index.size);
    for (const t of profileOf(index, domain)) index.score(t.term, t.weight, scores);
    for (const d of scores.touched) {
      const s = scores.get(d);
      if (s > best[d]) {
        best[d] = s;
        out[d] = i;
      }
    }
  });
  return out;
}

function profileOf(index: SearchIndex, domain: DomainProfileInput): WeightedTerm[] {
  const merged = new Map<number, number>();
  const add = (terms: WeightedTerm[]) => terms.forEach((t) => merged.set(t.term, (merged.get(t.term) ?? 0) + t.weight));
  add(informativeTerms(index, domain.sources, { maxTerms: PROFILE_TERMS }));
  add(centroidTerms(index, domain.cited, { maxTerms: PROFILE_TERMS }));
  return [...merged].map(([term, weight]) => ({ term, weight }));
}
