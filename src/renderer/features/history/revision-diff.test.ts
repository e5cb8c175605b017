import { describe, expect, it } from 'vitest';
import type { Reference } from '../../../shared/models';
import { translator } from '../../../core/i18n';
import { fieldDifferences, referenceDifferences } from './revision-diff';

const ref = (number: number, title: string, url?: string): Reference => ({ number, date: '2021-01-01', title, ...(url ? { url } : {}) });
const base = { heading: 'H', verdict: 'kept' as const, verdictNote: '', status: 'draft' as const, path: ['A'], name: 'X', agreement: 'akkoord', references: [] as Reference[] };

describe('revision differences', () => {
  it('lists changed fields in words', () => {
    expect(fieldDifferences(translator('en'), base, { ...base, verdict: 'broken', path: ['B'] })).toEqual([
      { label: 'Verdict', before: 'Kept', after: 'Broken' },
      { label: 'Place', before: 'A/X', after: 'B/X' },
    ]);
    expect(fieldDifferences(translator('nl'), base, { ...base, status: 'final' })).toEqual([{ label: 'Status', before: 'Ontwerp', after: 'Definitief' }]);
    expect(fieldDifferences(translator('en'), base, { ...base })).toEqual([]);
  });

  it('matches references by link, else title and date', () => {
    const old = [ref(0, 'Een', 'https://x/1'), ref(1, 'Twee'), ref(2, 'Drie')];
    const now = [ref(0, 'Een (titel verbeterd)', 'https://x/1'), ref(1, 'Drie'), ref(2, 'Vier')];
    expect(referenceDifferences(old, now).map((d) => [d.kind, d.before?.title, d.after?.title])).toEqual([
      ['changed', 'Een', 'Een (titel verbeterd)'],
      ['removed', 'Twee', undefined],
      ['renumbered', 'Drie', 'Drie'],
      ['added', undefined, 'Vier'],
    ]);
  });
});
