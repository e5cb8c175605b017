import { describe, expect, it } from 'vitest';
import type { Diagnostic, FixKind, Reference } from '../../shared/models';
import { buildDecisionLink } from '../links/decision-link';
import { brusselsToUtc } from '../time/brussels';
import { checkSection } from './check';
import { applyFix, FIX_LABELS, fixesFor } from './fix-actions';

const ref = (number: number, title: string, date = '2021-03-10'): Reference => ({ number, title, date, url: buildDecisionLink(title, brusselsToUtc(date)) });
const find = (ds: Diagnostic[], code: Diagnostic['code']) => {
  const d = ds.find((x) => x.code === code);
  if (!d) throw new Error(`no ${code} in ${JSON.stringify(ds)}`);
  return d;
};

describe('fix labels', () => {
  it('has a label for every fix kind', () => {
    const kinds: FixKind[] = ['renumber-by-first-use', 'add-reference', 'remove-reference', 'rebuild-link', 'merge-duplicates', 'choose-from-library'];
    expect(Object.keys(FIX_LABELS).sort()).toEqual([...kinds].sort());
    expect(FIX_LABELS['renumber-by-first-use']).toBe('Renumber references by first use');
  });

  it('lists the fixes a diagnostic offers', () => {
    expect(fixesFor({ code: 'reference-uncited', severity: 'warning', message: '', fixes: ['remove-reference'] })).toEqual([
      { kind: 'remove-reference', label: 'Remove this reference' },
    ]);
    expect(fixesFor({ code: 'agreement-changed', severity: 'warning', message: '' })).toEqual([]);
  });
});

describe('applyFix: each offered fix makes its diagnostic go away', () => {
  it('renumber-by-first-use', () => {
    const input = { body: '[1][0]', references: [ref(0, 'A'), ref(1, 'B')] };
    const d = find(checkSection({ ...input, today: '2025-01-01' }), 'citation-order');
    const fixed = applyFix(input, d, 'renumber-by-first-use');
    expect(checkSection({ ...fixed, today: '2025-01-01' })).toEqual([]);
  });

  it('remove-reference', () => {
    const input = { body: '[0][2]', references: [ref(0, 'A'), ref(1, 'B'), ref(2, 'C')] };
    const ds = checkSection({ ...input, today: '2025-01-01' });
    const fixed = applyFix(input, find(ds, 'reference-uncited'), 'remove-reference');
    expect(fixed.body).toBe('[0][1]');
    expect(checkSection({ ...fixed, today: '2025-01-01' })).toEqual([]);
  });

  it('rebuild-link', () => {
    const input = { body: '[0]', references: [{ ...ref(0, 'A'), title: 'B' }] };
    const fixed = applyFix(input, find(checkSection({ ...input, today: '2025-01-01' }), 'reference-link-mismatch'), 'rebuild-link');
    expect(checkSection({ ...fixed, today: '2025-01-01' })).toEqual([]);
  });

  it('merge-duplicates merges into the earlier duplicate', () => {
    const input = { body: '[0][1][2]', references: [ref(0, 'A'), ref(1, 'B'), ref(2, 'A')] };
    const fixed = applyFix(input, find(checkSection({ ...input, today: '2025-01-01' }), 'reference-duplicate'), 'merge-duplicates');
    expect(fixed.body).toBe('[0][1][0]');
    expect(checkSection({ ...fixed, today: '2025-01-01' })).toEqual([]);
  });

  it('add-reference, given the new entry', () => {
    const input = { body: '[0][1]', references: [ref(0, 'A')] };
    const d = find(checkSection({ ...input, today: '2025-01-01' }), 'citation-missing-reference');
    expect(applyFix(input, d, 'add-reference').error).toBe('Adding a reference needs its title and date.');
    const fixed = applyFix(input, d, 'add-reference', { title: 'B', date: '2021-03-11', meetingStart: '2021-03-11T09:00:00Z' });
    expect(checkSection({ ...fixed, today: '2025-01-01' })).toEqual([]);
  });

  it('says so when a reference fix is asked for a problem that is not about a reference', () => {
    const input = { body: '[1][0]', references: [ref(0, 'A'), ref(1, 'B')] };
    const d = find(checkSection({ ...input, today: '2025-01-01' }), 'citation-order');
    expect(applyFix(input, d, 'rebuild-link')).toEqual({
      body: input.body,
      references: input.references,
      changes: [],
      error: '“Rebuild the link from title and date” applies to a reference, and this problem is not about one.',
    });
  });
});
