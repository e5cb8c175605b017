import { describe, expect, it } from 'vitest';
import { analyze, isStopWord, joinedWords, termOf, wordTokens } from './analyzer';
import { foldWord } from './fold';

describe('foldWord', () => {
  it('lowers case and drops diacritics, soft hyphens and zero-width characters', () => {
    expect(foldWord('België')).toBe('belgie');
    expect(foldWord('Belgie\u0308')).toBe('belgie');
    expect(foldWord('ANCIËNNITEIT')).toBe('anciënniteit'.normalize('NFD').replace(/\p{M}/gu, ''));
    expect(foldWord('infor\u00admatie')).toBe('informatie');
    expect(foldWord('O\u200b\u200bm')).toBe('om');
  });
});

describe('wordTokens', () => {
  it('finds words with their offsets in the original text', () => {
    const text = 'De Raad van State — België, 2023-2024!';
    const tokens = wordTokens(text);
    expect(tokens.map((t) => t.word)).toEqual(['de', 'raad', 'van', 'state', 'belgie', '2023', '2024']);
    for (const t of tokens) expect(foldWord(text.slice(t.start, t.end))).toBe(t.word);
    expect(tokens.find((t) => t.word === '2023')!.hyphenNext).toBe(true);
    expect(tokens.find((t) => t.word === 'state')!.hyphenNext).toBe(false);
  });

  it('reads astral characters and invisible characters inside words without losing offsets', () => {
    const text = '𝒜 O\u200bm x';
    const tokens = wordTokens(text);
    expect(tokens.map((t) => t.word)).toEqual(['𝒜'.toLowerCase(), 'om', 'x']);
    expect(text.slice(tokens[1].start, tokens[1].end)).toBe('O\u200bm');
  });

  it('joins words across a hyphen without spaces, not across "en -"', () => {
    const tokens = wordTokens('HR-beleid en -incidenten infor-matie');
    expect(joinedWords(tokens).map(([, , w]) => w)).toEqual(['hrbeleid', 'informatie']);
  });
});

describe('analyze', () => {
  it('drops stop words and single letters, stems the rest, keeps numbers', () => {
    expect(analyze('De zorgtoeslagen van 2023 voor kinderen').terms).toEqual(['zorgtoeslag', '2023', 'kinder']);
    expect(analyze('M-decreet').terms).toEqual(['decret']);
    expect(analyze('M-decreet').joined).toEqual(['mdecret']);
    expect(termOf('de')).toBeNull();
    expect(termOf('x')).toBeNull();
    expect(termOf('7')).toBe('7');
    expect(isStopWord('Het')).toBe(true);
    expect(isStopWord('onderwijs')).toBe(false);
  });

  it('gives index and query the same terms for inflections and spellings', () => {
    expect(analyze('zorgtoeslag').terms).toEqual(analyze('Zorgtoeslagen').terms);
    expect(analyze('beslissing').terms).toEqual(analyze('beslissingen').terms);
    expect(analyze('informatie').terms).toEqual(analyze('infor-matie').joined);
  });

  it('keeps a run longer than any word as its own term, unstemmed', () => {
    expect(termOf('beslissingen'.repeat(8))).not.toBe('beslissingen'.repeat(8));
    expect(termOf('beslissingen'.repeat(9))).toBe('beslissingen'.repeat(9));
    const blob = 'x'.repeat(2_000_000);
    expect(analyze(`Tekst ${blob}`).terms).toEqual(['tekst', blob]);
  });
});
