import { describe, expect, it } from 'vitest';
import type { BodyHunk } from '../../shared/merge-models';
import { bodyWithMarkers, composeBody, hasConflictMarkers } from './body-hunks';

const hunks: BodyHunk[] = [
  { kind: 'same', text: 'Samenvatting\n\n' },
  { kind: 'conflict', base: 'Slot.\n', mine: 'Mijn slot.\n', theirs: 'Hun slot.\n' },
  { kind: 'same', text: '\nEinde' },
];

describe('body hunks', () => {
  it('composes one side, or both (mine first)', () => {
    expect(composeBody(hunks, 'mine')).toBe('Samenvatting\n\nMijn slot.\n\nEinde');
    expect(composeBody(hunks, 'theirs')).toBe('Samenvatting\n\nHun slot.\n\nEinde');
    expect(composeBody(hunks, 'both')).toBe('Samenvatting\n\nMijn slot.\nHun slot.\n\nEinde');
  });

  it('keeps both parts on their own lines when the conflict ends the body without a newline', () => {
    expect(composeBody([{ kind: 'conflict', base: 'a', mine: 'b', theirs: 'c' }], 'both')).toBe('b\nc');
  });

  it('writes markers a person can edit, which are detected until removed', () => {
    const marked = bodyWithMarkers(hunks);
    expect(marked).toBe('Samenvatting\n\n<<<<<<< mine\nMijn slot.\n=======\nHun slot.\n>>>>>>> theirs\n\nEinde');
    expect(hasConflictMarkers(marked)).toBe(true);
    expect(hasConflictMarkers(composeBody(hunks, 'both'))).toBe(false);
    // A Markdown heading underline is not a conflict marker.
    expect(hasConflictMarkers('Kop\n=======\n')).toBe(false);
  });
});
