import { describe, expect, it } from 'vitest';
import { ABSENT, WordTable } from './word-table';

describe('WordTable', () => {
  it('answers what was added, and ABSENT for anything else', () => {
    const t = new WordTable();
    t.add('zorg', 3);
    t.add('de', -1);
    t.add('belgie', 7);
    expect(t.get('zorg')).toBe(3);
    expect(t.get('de')).toBe(-1);
    expect(t.get('belgie')).toBe(7);
    expect(t.get('zor')).toBe(ABSENT);
    expect(t.get('zorgen')).toBe(ABSENT);
    expect(t.get('')).toBe(ABSENT);
    expect(t.size).toBe(3);
  });

  it('reads a plain ASCII word in place, lower-casing its letters', () => {
    const t = new WordTable();
    t.add('covid', 1);
    t.add('19', 2);
    t.add('hr', 3);
    const text = 'De COVID-19 maatregelen, HR en Covid.';
    expect(t.getSlice(text, 3, 8)).toBe(1);
    expect(t.getSlice(text, 9, 11)).toBe(2);
    expect(t.getSlice(text, 25, 27)).toBe(3);
    expect(t.getSlice(text, 31, 36)).toBe(1);
    expect(t.getSlice(text, 0, 2)).toBe(ABSENT);
    expect(t.getSlice(text, 3, 7)).toBe(ABSENT);
  });

  it('keeps every entry through many growths, in the order added', () => {
    const t = new WordTable();
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x`);
    words.forEach((w, i) => t.add(w, i));
    expect(t.size).toBe(words.length);
    expect(words.every((w, i) => t.get(w) === i)).toBe(true);
    const text = words.join(' ').toUpperCase();
    let at = 0;
    const sliced = words.map((w) => {
      const v = t.getSlice(text, at, at + w.length);
      at += w.length + 1;
      return v;
    });
    expect(sliced).toEqual(words.map((_, i) => i));
    const seen: string[] = [];
    t.forEach((w, v) => {
      if (v % 5000 === 0) seen.push(w);
    });
    expect(seen).toEqual([words[0], words[5000], words[10000], words[15000]]);
    expect(t.words()).toHaveLength(words.length);
  });
});
