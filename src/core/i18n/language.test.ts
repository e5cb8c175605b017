import { describe, expect, it } from 'vitest';
import { cliLanguage, parseLanguage, UnknownLanguageError } from './language';

describe('languages', () => {
  it('reads the usual spellings of a locale', () => {
    expect(parseLanguage('nl')).toBe('nl');
    expect(parseLanguage('nl-BE')).toBe('nl');
    expect(parseLanguage('nl_BE.UTF-8')).toBe('nl');
    expect(parseLanguage('NL')).toBe('nl');
    expect(parseLanguage('en_GB@euro')).toBe('en');
    expect(parseLanguage('C')).toBeNull();
    expect(parseLanguage('POSIX')).toBeNull();
    expect(parseLanguage('fr_BE.UTF-8')).toBeNull();
    expect(parseLanguage('')).toBeNull();
    expect(parseLanguage(undefined)).toBeNull();
  });

  it('gives the CLI English unless the environment or --lang says Dutch', () => {
    expect(cliLanguage(undefined, {})).toBe('en');
    expect(cliLanguage(undefined, { LANG: 'nl_BE.UTF-8' })).toBe('nl');
    expect(cliLanguage(undefined, { LANG: 'C.UTF-8' })).toBe('en');
    expect(cliLanguage('nl', { LANG: 'en_US.UTF-8' })).toBe('nl');
    expect(cliLanguage('en', { LC_ALL: 'nl_BE.UTF-8' })).toBe('en');
  });

  it('follows POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(cliLanguage(undefined, { LC_ALL: 'nl_BE.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('nl');
    expect(cliLanguage(undefined, { LC_ALL: 'C', LANG: 'nl_BE.UTF-8' })).toBe('en');
    expect(cliLanguage(undefined, { LC_MESSAGES: 'nl_NL.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('nl');
    expect(cliLanguage(undefined, { LC_ALL: '', LANG: 'nl_BE.UTF-8' })).toBe('nl');
  });

  it('refuses a --lang it does not know', () => {
    expect(() => cliLanguage('fr', {})).toThrow(UnknownLanguageError);
  });
});
