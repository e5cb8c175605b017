import { describe, expect, it } from 'vitest';
import { folderLabel, parseSectionLabel, placeKey, sectionLabel } from './section-label';

describe('section labels', () => {
  const s = { path: ['Bestuurzaken', 'Concrete voorstellen'], name: 'ICT en Informatie' };

  it('join folders and name like the published file tree', () => {
    expect(sectionLabel(s)).toBe('Bestuurzaken/Concrete voorstellen/ICT en Informatie');
    expect(sectionLabel({ path: [], name: 'Top' })).toBe('Top');
    expect(folderLabel(s.path)).toBe('Bestuurzaken/Concrete voorstellen');
    expect(folderLabel([])).toBe('');
  });

  it('read back into the same place, forgiving spaces and outer separators', () => {
    expect(parseSectionLabel(sectionLabel(s))).toEqual({ path: s.path, name: s.name });
    expect(parseSectionLabel('/Brussel / Vlaamse feestdag/')).toEqual({ path: ['Brussel'], name: 'Vlaamse feestdag' });
    expect(parseSectionLabel('')).toEqual({ path: [], name: '' });
  });

  it('key places without confusing a folder with a name that contains its text', () => {
    expect(placeKey({ path: ['a'], name: 'b' })).not.toBe(placeKey({ path: [], name: 'a/b' }));
    expect(placeKey(s)).toBe(placeKey({ path: [...s.path], name: s.name }));
  });
});
