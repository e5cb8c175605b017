import { describe, expect, it } from 'vitest';
import { indexOf } from '../search/testing';
import { centroidTerms, informativeTerms } from './query-building';

// Eight decisions: "subsidie" and "vlaamse" are everywhere, "zorgtoeslag" and "kinderopvang" rare.
const index = indexOf([
  { title: 'Subsidie zorgtoeslag', text: 'Vlaamse subsidie voor de zorgtoeslag' },
  { title: 'Subsidie kinderopvang', text: 'Vlaamse subsidie voor kinderopvang en zorgtoeslag' },
  { title: 'Subsidie sport', text: 'Vlaamse subsidie' },
  { title: 'Subsidie cultuur', text: 'Vlaamse subsidie' },
  { title: 'Subsidie erfgoed', text: 'Vlaamse subsidie' },
  { title: 'Subsidie jeugd', text: 'Vlaamse subsidie' },
  { title: 'Subsidie toerisme', text: 'Vlaamse subsidie' },
  { title: 'Subsidie media', text: 'Vlaamse subsidie' },
]);
const names = (terms: { term: number }[]) => terms.map((t) => index.terms[t.term]);

describe('informativeTerms', () => {
  it('keeps the rare terms of a text, heaviest first, and leaves out common ones, numbers and unknown words', () => {
    const terms = informativeTerms(index, [{ text: '3.2.1 De Vlaamse subsidie voor zorgtoeslagen, zorgtoeslag en kinderopvang in 2024 (fietspaden)', weight: 1 }], { maxTerms: 10 });
    expect(names(terms)).toEqual(['zorgtoeslag', 'kinderopvang']);
    expect(terms[0].weight).toBe(1);
    expect(terms[1].weight).toBeLessThan(1);
  });

  it('weighs sources and keeps at most maxTerms', () => {
    const sources = [
      { text: 'zorgtoeslag', weight: 0.1 },
      { text: 'kinderopvang', weight: 2 },
    ];
    expect(names(informativeTerms(index, sources, { maxTerms: 1 }))).toEqual(['kinderopvang']);
    expect(informativeTerms(index, [{ text: 'zorgtoeslag', weight: 0 }], { maxTerms: 5 })).toEqual([]);
  });

  it('lets a caller admit commoner terms', () => {
    const all = informativeTerms(index, [{ text: 'vlaamse subsidie zorgtoeslag' }].map((s) => ({ ...s, weight: 1 })), { maxTerms: 5, maxDocShare: 1 });
    expect(names(all)).toContain('subsidie');
  });
});

describe('centroidTerms', () => {
  it('characterises a set of documents by what they share and what is rare', () => {
    const terms = centroidTerms(index, [0, 1], { maxTerms: 2 });
    expect(names(terms)[0]).toBe('zorgtoeslag');
  });

  it('gives nothing for no documents', () => {
    expect(centroidTerms(index, [], { maxTerms: 5 })).toEqual([]);
  });
});
