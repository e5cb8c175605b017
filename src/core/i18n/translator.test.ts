import { describe, expect, it, vi } from 'vitest';
import { createTranslator, translator } from './translator';

describe('translator', () => {
  const nl = translator('nl');
  const en = translator('en');

  it('formats calendar dates the Belgian way, without time-zone shifts', () => {
    expect(nl.locale).toBe('nl-BE');
    expect(nl.date('2020-11-27')).toBe('27 november 2020');
    expect(nl.date('2021-03-01', 'short')).toBe('01/03/2021');
    expect(nl.date('2020-11-27', 'medium')).toBe('27 nov 2020');
    expect(en.date('2020-11-27')).toBe('27 November 2020');
    // The first and last day of a year are where a shifted day would show.
    expect(nl.date('2020-01-01')).toBe('1 januari 2020');
    expect(nl.date('2019-12-31')).toBe('31 december 2019');
  });

  it('leaves what is not a real date as it was', () => {
    expect(nl.date('2021-02-30')).toBe('2021-02-30');
    expect(nl.date('gisteren')).toBe('gisteren');
    expect(nl.date('')).toBe('');
  });

  it('formats instants in a chosen time zone', () => {
    expect(nl.dateTime('2020-11-27T09:05:00Z', { timeZone: 'Europe/Brussels' })).toBe('27 november 2020 om 10:05');
    expect(en.dateTime('2021-07-16T06:00:00Z', { timeZone: 'Europe/Brussels' })).toBe('16 July 2021 at 08:00');
    expect(nl.dateTime('not a time')).toBe('not a time');
  });

  it('formats numbers and lists for the locale', () => {
    expect(nl.number(1234.5)).toBe('1.234,5');
    expect(en.number(1234.5)).toBe('1,234.5');
    expect(nl.number(0.25, { style: 'percent' })).toBe('25%');
    expect(nl.list(['Onderwijs', 'Welzijn', 'Wonen'])).toBe('Onderwijs, Welzijn en Wonen');
    expect(en.list(['a', 'b'], 'disjunction')).toBe('a or b');
  });

  it('chooses plural forms by ICU rules', () => {
    expect(nl.t('publish.referenceCount', { count: 0 })).toBe('geen referenties');
    expect(nl.t('publish.referenceCount', { count: 1 })).toBe('1 referentie');
    expect(nl.t('publish.referenceCount', { count: 23 })).toBe('23 referenties');
    expect(nl.t('publish.referenceCount', { count: 3000 })).toBe('3.000 referenties');
    expect(en.t('publish.referenceCount', { count: 1 })).toBe('1 reference');
    expect(en.t('publish.referenceCount', { count: 2 })).toBe('2 references');
  });

  it('fills placeholders and builds rich messages from tags', () => {
    expect(en.t('cli.error.unknownLanguage', { tag: 'fr', languages: 'nl, en' })).toBe('Unknown language "fr": use one of nl, en.');
    const parts = nl.rich<{ tag: string }>('cli.error.unknownLanguage', { tag: { tag: 'fr' }, languages: 'nl' });
    expect(parts).toEqual(['Onbekende taal "', { tag: 'fr' }, '": kies uit nl.']);
  });

  it('reports a missing value and still returns text', () => {
    const onError = vi.fn();
    const t = createTranslator('nl', { onError });
    expect(t.t('cli.error.unknownLanguage')).toContain('Onbekende taal');
    expect(onError).toHaveBeenCalledTimes(1);
  });
});
