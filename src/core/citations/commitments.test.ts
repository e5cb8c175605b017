import { describe, expect, it } from 'vitest';
import { findCommitments, foldText, keyWordsOf, mentionOf, stemOf } from './commitments';

describe('commitments', () => {
  it('folds case, diacritics, hyphenation and apostrophes', () => {
    expect(foldText('Infor-matie, API’s en Triënnale ‘slim’')).toBe('informatie, apis en triennale slim');
  });

  it('keeps words of five letters or more that are not stop words, once each', () => {
    expect(keyWordsOf('We stellen data maximaal en via API’s open ter beschikking, maximaal!')).toEqual(['maximaal', 'beschikking']);
    expect(keyWordsOf('De Vlaamse overheid zal zodat 2024')).toEqual([]);
  });

  it('stems to the first 60 %, at least six letters', () => {
    expect(stemOf('beschikking')).toBe('beschik');
    expect(stemOf('maximaal')).toBe('maxima');
    expect(stemOf('burgers')).toBe('burger');
    expect(stemOf('markt')).toBe('markt');
  });

  it('finds bracketed passages with their offsets, innermost when nested', () => {
    const text = 'a [We stellen data maximaal ter beschikking]: b [x [digitale loketten] y] [12]';
    expect(findCommitments(text)).toEqual([
      { text: 'We stellen data maximaal ter beschikking', start: 2, end: 44, keyWords: ['maximaal', 'beschikking'] },
      { text: 'digitale loketten', start: 51, end: 70, keyWords: ['digitale', 'loketten'] },
    ]);
    expect(text.slice(2, 44)).toBe('[We stellen data maximaal ter beschikking]');
    expect(text.slice(51, 70)).toBe('[digitale loketten]');
    expect(findCommitments('onafgesloten [haakje met woorden')).toEqual([]);
  });

  it('reports found and missing key words', () => {
    const [commitment] = findCommitments('[We stellen data maximaal ter beschikking]');
    expect(mentionOf(commitment, foldText('Data worden beschikbaar gesteld.'))).toEqual({ found: ['beschikking'], missing: ['maximaal'], mentioned: true });
    expect(mentionOf(commitment, foldText('Niets.'))).toEqual({ found: [], missing: ['maximaal', 'beschikking'], mentioned: false });
  });
});
