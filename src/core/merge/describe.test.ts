import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import type { MergeConflict, MergeSummary } from '../../shared/merge-models';
import { describeChanges, describeConflict, describeNote, describeResolutions, describeSummary, MERGE_OUTCOMES, outcomeLabel } from './describe';

const en = translator('en');
const nl = translator('nl');
const summary: MergeSummary = { unchanged: 1200, takeTheirs: 2, keepMine: 0, merged: 0, addedFromTheirs: 0, deletedByTheirs: 0, conflicts: 1 };
const verdict: MergeConflict = { id: 'verdict', field: 'verdict', base: 'not-rated', mine: 'broken', theirs: 'kept' };

describe('merge descriptions', () => {
  it('say in English what the command line has always said', () => {
    expect(describeSummary(en, summary)).toBe('2 taken from theirs, 1 conflict, 1,200 unchanged');
    expect(describeConflict(en, verdict)).toBe('verdict: mine Broken, theirs Kept');
    expect(describeChanges(en, [{ field: 'verdict', from: 'theirs' }, { field: 'status', from: 'theirs' }, { field: 'body', from: 'merged' }])).toBe('verdict, status from theirs; assessment merged');
    expect(describeResolutions(en, { resolutions: [{ conflictId: 'b', field: 'body', resolvedWith: 'edited' }, { conflictId: 'v', field: 'verdict', resolvedWith: 'theirs' }] })).toBe(
      'assessment → edited by hand, verdict → theirs',
    );
    expect(describeNote(en, { kind: 'renamed', name: 'X (2)', wanted: 'X' })).toBe('Renamed to “X (2)”: another section is already called “X” there.');
  });

  it('speak Dutch with Belgian numbers and the Dutch verdict words', () => {
    expect(describeSummary(nl, summary)).toBe('2 uit hun bestand, 1 conflict, 1.200 ongewijzigd');
    expect(describeConflict(nl, verdict)).toBe('oordeel: mijn versie Niet nagekomen, hun versie Nagekomen');
    expect(describeConflict(nl, { id: 'b', field: 'body', base: '', mine: '', theirs: '', hunks: [{ kind: 'conflict', base: '', mine: 'a', theirs: 'b' }, { kind: 'conflict', base: '', mine: 'c', theirs: 'd' }] })).toBe(
      'beoordeling: 2 passages aan beide kanten anders gewijzigd',
    );
    expect(describeNote(nl, { kind: 'kept-reference', title: 'Conceptnota' })).toMatch(/^Referentie “Conceptnota” behouden/);
    expect(describeSummary(nl, { ...summary, unchanged: 0, takeTheirs: 0, conflicts: 0 })).toBe('geen secties');
  });

  it('has a word for every outcome in both languages, different where the languages differ', () => {
    for (const outcome of MERGE_OUTCOMES) {
      expect(outcomeLabel(en, outcome)).not.toBe('');
      if (outcome !== 'conflict') expect(outcomeLabel(nl, outcome)).not.toBe(outcomeLabel(en, outcome));
    }
  });
});
