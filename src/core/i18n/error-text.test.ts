import { describe, expect, it } from 'vitest';
import { errorText } from './error-text';
import { translator } from './translator';

describe('errorText', () => {
  it('words a keyed error in the reader’s language, its values filled in', () => {
    const error = { code: 'conflict', message: 'English', text: { key: 'error.sectionChanged', values: { revision: 4, base: 3 } } };
    expect(errorText(translator('nl'), error)).toBe('Deze sectie werd elders gewijzigd (nu versie 4, je bewerking vertrekt van versie 3). Laad ze opnieuw voor je opslaat.');
    expect(errorText(translator('en'), error)).toBe('This section was changed elsewhere (now at revision 4, your edit is based on 3). Reload it before saving.');
  });

  it('falls back to the message for an error without a key, or with a key this version does not know', () => {
    expect(errorText(translator('nl'), { message: 'Disk full' })).toBe('Disk full');
    expect(errorText(translator('nl'), { message: 'From a newer backend', text: { key: 'error.fromTheFuture' } })).toBe('From a newer backend');
  });
});
