import { describe, expect, it } from 'vitest';
import { indexHrefFor, sectionFileSegments, sectionHtmlHref, unsafeNameReason } from './file-names';

describe('sectionFileSegments', () => {
  it('gives folder segments plus the file name with its extension', () => {
    expect(sectionFileSegments({ path: ['Bestuurzaken', 'Concrete voorstellen'], name: 'ICT en Informatie' }, 'md')).toEqual({
      ok: true,
      segments: ['Bestuurzaken', 'Concrete voorstellen', 'ICT en Informatie.md'],
    });
    expect(sectionFileSegments({ path: [], name: 'Vlaamse feestdag' }, 'html')).toEqual({ ok: true, segments: ['Vlaamse feestdag.html'] });
  });

  it('keeps real-world names with accents, quotes, commas and parentheses', () => {
    const r = sectionFileSegments({ path: ['Welzijn, Volksgezondheid & Gezin'], name: 'Triënnale ‘2024’ (deel 1)' }, 'html');
    expect(r).toEqual({ ok: true, segments: ['Welzijn, Volksgezondheid & Gezin', 'Triënnale ‘2024’ (deel 1).html'] });
  });

  it.each([
    ['', 'is empty'],
    ['   ', 'is only white space'],
    ['.', 'is not a usable name'],
    ['..', 'is not a usable name'],
    ['a/b', 'contains "/"'],
    ['a\\b', 'contains "\\"'],
    ['a\u0000b', 'control character U+0000'],
    ['regel\n', 'control character U+000A'],
    ['wat?', 'contains "?"'],
    ['a:b', 'contains ":"'],
    ['a*b', 'contains "*"'],
    ['a|b', 'contains "|"'],
    ['a"b', 'contains """'],
    ['<x>', 'contains "<"'],
    ['CON', 'reserved'],
    ['nul.txt', 'reserved'],
    ['com1', 'reserved'],
    ['LPT9', 'reserved'],
    ['eindigt.', 'ends in a dot or a space'],
    ['eindigt ', 'ends in a dot or a space'],
    ['é'.repeat(121), 'longer than 240 bytes'],
  ])('refuses the section name %j (%s)', (name, why) => {
    const r = sectionFileSegments({ path: ['Brussel'], name }, 'md');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain(why);
      expect(r.message).toMatch(/^Section name/);
      expect(r.segment).toBe(name);
    }
  });

  it('refuses an unsafe folder name and says which one', () => {
    const r = sectionFileSegments({ path: ['Brussel', '..'], name: 'Media' }, 'html');
    expect(r).toEqual({ ok: false, message: 'Folder name ".." is not a usable name (it means a folder itself).', segment: '..' });
  });

  it('accepts names that merely contain a reserved word', () => {
    expect(unsafeNameReason('Console')).toBeNull();
    expect(unsafeNameReason('Auxiliair')).toBeNull();
    expect(unsafeNameReason('COM10')).toBeNull();
  });
});

describe('hrefs for the export', () => {
  it('percent-encodes each segment of a page href', () => {
    expect(sectionHtmlHref({ path: ['Vlaamse rand', 'Extra maatregelen'], name: 'Stand van de Rand' })).toBe(
      'Vlaamse%20rand/Extra%20maatregelen/Stand%20van%20de%20Rand.html',
    );
    expect(sectionHtmlHref({ path: ['A & B'], name: 'Triënnale #1' })).toBe('A%20%26%20B/Tri%C3%ABnnale%20%231.html');
    expect(sectionHtmlHref({ path: [], name: 'a/b' })).toBeNull();
  });

  it('climbs back to index.html from a page', () => {
    expect(indexHrefFor({ path: [] })).toBe('index.html');
    expect(indexHrefFor({ path: ['Bestuurzaken', 'Concrete voorstellen'] })).toBe('../../index.html');
  });
});
