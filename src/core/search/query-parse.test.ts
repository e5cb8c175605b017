import { describe, expect, it } from 'vitest';
import { parseQuery } from './query-parse';

const words = (q: string) => parseQuery(q).groups.map((g) => g.map((i) => (i.kind === 'phrase' ? `"${i.text}"` : i.text)).join(' | '));

describe('parseQuery', () => {
  it('reads words, phrases, OR groups and exclusions', () => {
    expect(words('zorg welzijn')).toEqual(['zorg', 'welzijn']);
    expect(words('"raad van state" advies')).toEqual(['"raad van state"', 'advies']);
    expect(words('vlaamse zorgtoeslag OR kinderbijslag')).toEqual(['vlaamse', 'zorgtoeslag | kinderbijslag']);
    expect(words('a OR b OR "c d"')).toEqual(['a | b | "c d"']);
    const q = parseQuery('onderwijs -hoger -"raad van state"');
    expect(q.excluded).toEqual([{ kind: 'word', text: 'hoger' }, { kind: 'phrase', text: 'raad van state' }]);
    expect(words('onderwijs -hoger')).toEqual(['onderwijs']);
  });

  it('never fails on stray operators and quotes', () => {
    expect(words('OR zorg OR')).toEqual(['zorg']);
    expect(words('zorg OR -welzijn')).toEqual(['zorg']);
    expect(words('"open quote')).toEqual(['"open quote"']);
    expect(words('- * ( "" ')).toEqual([]);
    expect(words('m-decreet or welzijn')).toEqual(['m-decreet', 'or', 'welzijn']); // only upper-case OR is an operator
  });

  it('treats the last word as a prefix while it is being typed', () => {
    expect(parseQuery('zorg welz').lastIsPrefix).toBe(true);
    expect(parseQuery('zorg welz ').lastIsPrefix).toBe(false);
    expect(parseQuery('zorg "welz"').lastIsPrefix).toBe(false);
    expect(parseQuery('zorg -welz').lastIsPrefix).toBe(false);
  });

  it('keeps the typed words in order for exact-title matching, and at most 32 items', () => {
    expect(parseQuery('Wijziging "Vlaams personeelsstatuut" -oud').plainText).toBe('Wijziging Vlaams personeelsstatuut');
    expect(parseQuery(Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ')).groups).toHaveLength(32);
  });
});
