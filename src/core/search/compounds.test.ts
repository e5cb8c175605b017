import { describe, expect, it } from 'vitest';
import { splitCompound } from './compounds';

const freq = (table: Record<string, number>) => (w: string) => table[w] ?? 0;

describe('splitCompound', () => {
  const library = freq({ zorg: 400, toeslag: 30, zorgtoeslag: 14, rechten: 90, toekenning: 60, onderwijs: 3000, wijs: 20, recht: 300, bijstand: 40, diversiteit: 25, beleid: 2000 });

  it('splits a rare compound of common words', () => {
    expect(splitCompound('zorgtoeslag', library)).toEqual(['zorg', 'toeslag']);
    expect(splitCompound('rechtentoekenning', library)).toEqual(['rechten', 'toekenning']);
    expect(splitCompound('diversiteitsbeleid', library)).toEqual(['diversiteit', 'beleid']); // the linking s
    expect(splitCompound('rechtsbijstand', library)).toEqual(['recht', 'bijstand']);
  });

  it('leaves a common word whole, and words it cannot explain', () => {
    expect(splitCompound('onderwijs', library)).toBeNull(); // "onder" is a stop word, and the word is commoner than "wijs"
    expect(splitCompound('fietspad', library)).toBeNull();
    expect(splitCompound('zorg', library)).toBeNull();
  });

  it('splits into more than two parts when the head is itself a compound', () => {
    const lib = freq({ kinder: 50, opvang: 60, locatie: 40, opvanglocatie: 0 });
    expect(splitCompound('kinderopvanglocatie', lib)).toEqual(['kinder', 'opvang', 'locatie']);
  });

  it('does not try to split a run longer than any word (a hostile file held a 2 MB one)', () => {
    const [head, tail, longerTail] = ['k'.repeat(50), 'l'.repeat(50), 'l'.repeat(51)];
    const lib = freq({ [head]: 10, [tail]: 10, [longerTail]: 10 });
    expect(splitCompound(head + tail, lib)).toEqual([head, tail]);
    expect(splitCompound(head + longerTail, lib)).toBeNull();
  });
});
