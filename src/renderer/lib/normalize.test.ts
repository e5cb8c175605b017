import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesQuery } from './normalize';

describe('matchesQuery', () => {
  it('ignores case and accents', () => {
    expect(foldForSearch('Économie Geïnvesteerd')).toBe('economie geinvesteerd');
    expect(matchesQuery('Vlaamse Économie', 'economie')).toBe(true);
    expect(matchesQuery('vlaamse economie', 'ÉCONOMIE')).toBe(true);
  });

  it('needs every word, in any order', () => {
    expect(matchesQuery('ICT en Informatie', 'informatie ict')).toBe(true);
    expect(matchesQuery('ICT en Informatie', 'ict media')).toBe(false);
  });

  it('matches everything for an empty query', () => {
    expect(matchesQuery('anything', '   ')).toBe(true);
  });
});
