import { describe, expect, it } from 'vitest';
import { indexOf } from '../search/testing';
import { ScoreMap } from '../search/search-index';
import { fuseRankings, rankTerms, RRF_K, topOf } from './fusion';

const list = (id: string, docs: number[], weight = 1) => ({ id, weight, ranking: docs.map((doc, i) => ({ doc, score: 10 - i })) });

describe('fuseRankings', () => {
  it('adds weight / (k + rank) over the lists', () => {
    const fused = fuseRankings([list('a', [1, 2, 3]), list('b', [3, 1])]);
    expect(fused.map((f) => f.doc)).toEqual([1, 3, 2]);
    expect(fused[0].score).toBeCloseTo(1 / (RRF_K + 1) + 1 / (RRF_K + 2));
    expect(fused[1].contributions.get('b')).toBeCloseTo(1 / (RRF_K + 1));
    expect(fused[2].contributions.has('b')).toBe(false);
  });

  it('lets a document several lists agree on beat one list’s favourite', () => {
    const fused = fuseRankings([list('a', [7, 1]), list('b', [8, 1]), list('c', [9, 1])]);
    expect(fused[0].doc).toBe(1);
  });

  it('honours list weights', () => {
    expect(fuseRankings([list('a', [1]), list('b', [2], 2)])[0].doc).toBe(2);
    expect(fuseRankings([])).toEqual([]);
  });
});

describe('topOf and rankTerms', () => {
  it('takes the best documents that are admitted, ties to the lower document', () => {
    const scores = new ScoreMap(10);
    [3, 9, 9, 1, 0, 5, 7, 2].forEach((s, d) => scores.add(d, s));
    expect(topOf(scores, 3, () => true).map((r) => r.doc)).toEqual([1, 2, 6]);
    expect(topOf(scores, 3, (d) => d !== 1).map((r) => r.doc)).toEqual([2, 6, 5]);
    expect(topOf(scores, 20, () => true)).toHaveLength(7); // a zero score is no match
  });

  it('ranks by BM25 over weighted terms', () => {
    const index = indexOf([{ title: 'zorg' }, { title: 'welzijn' }, { title: 'zorg welzijn' }]);
    const zorg = index.termId('zorg');
    const welzijn = index.termId('welzijn');
    expect(rankTerms(index, [{ term: zorg, weight: 1 }, { term: welzijn, weight: 1 }], 5, () => true)[0].doc).toBe(2);
    expect(rankTerms(index, [{ term: zorg, weight: 0.1 }, { term: welzijn, weight: 1 }], 5, () => true)[0].doc).toBe(1);
  });
});
