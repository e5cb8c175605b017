import { describe, expect, it } from 'vitest';
import type { MergePlan } from '../../../shared/merge-models';
import { initialPicks, isSettled, pickAll, toResolutions, unsettledCount, withPick } from './merge-picks';

const plan: MergePlan = {
  theirsPath: '/tmp/theirs.pwb',
  planId: 'p',
  summary: { unchanged: 0, takeTheirs: 0, keepMine: 0, merged: 0, addedFromTheirs: 0, deletedByTheirs: 0, conflicts: 2 },
  projectInfo: [],
  sections: [
    {
      id: 's1',
      path: [],
      name: 'A',
      outcome: 'conflict',
      changes: [],
      notes: [],
      conflicts: [
        { id: 'verdict', field: 'verdict', base: 'not-rated', mine: 'kept', theirs: 'broken' },
        { id: 'body', field: 'body', base: 'x\n', mine: 'm\n', theirs: 't\n', hunks: [{ kind: 'conflict', base: 'x\n', mine: 'm\n', theirs: 't\n' }] },
      ],
    },
    { id: 's2', path: [], name: 'B', outcome: 'conflict', changes: [], notes: [], conflicts: [{ id: 'presence', field: 'presence', deletedBy: 'theirs' }] },
  ],
};

describe('merge picks', () => {
  it('starts bodies with markers, which do not count as settled', () => {
    const picks = initialPicks(plan);
    expect(picks.s1.body).toEqual({ text: '<<<<<<< mine\nm\n=======\nt\n>>>>>>> theirs\n' });
    expect(unsettledCount(plan, picks)).toBe(3);
    expect(toResolutions(plan, picks)).toEqual([]);
  });

  it('settles a body once the markers are gone, and fields once chosen', () => {
    let picks = initialPicks(plan);
    picks = withPick(picks, 's1', 'body', { text: 'samen\n' });
    picks = withPick(picks, 's1', 'verdict', { choice: 'theirs' });
    expect(unsettledCount(plan, picks, 's1')).toBe(0);
    expect(unsettledCount(plan, picks)).toBe(1);
    expect(isSettled(plan.sections[0].conflicts[0], { text: 'no' })).toBe(false);
    expect(toResolutions(plan, picks)).toEqual([
      { sectionId: 's1', conflictId: 'verdict', choice: 'theirs' },
      { sectionId: 's1', conflictId: 'body', text: 'samen\n' },
    ]);
  });

  it('settles every open conflict one way without undoing what was chosen', () => {
    const picks = pickAll(plan, withPick(initialPicks(plan), 's1', 'verdict', { choice: 'theirs' }), 'mine');
    expect(unsettledCount(plan, picks)).toBe(0);
    expect(picks.s1.verdict).toEqual({ choice: 'theirs' });
    expect(picks.s1.body).toEqual({ choice: 'mine' });
    expect(picks.s2.presence).toEqual({ choice: 'mine' });
  });
});

describe('merge picks, section by section', () => {
  it('settles one section only when asked for one', () => {
    const picks = pickAll(plan, initialPicks(plan), 'theirs', 's2');
    expect(picks.s2.presence).toEqual({ choice: 'theirs' });
    expect(picks.s1.verdict).toBeUndefined();
    expect(unsettledCount(plan, picks, 's1')).toBe(2);
    expect(unsettledCount(plan, picks, 's2')).toBe(0);
  });

  it('opens a body again when markers are typed back, and drops it from the resolutions', () => {
    let picks = withPick(initialPicks(plan), 's1', 'body', { text: 'samen\n' });
    expect(toResolutions(plan, picks).map((r) => r.conflictId)).toEqual(['body']);
    picks = withPick(picks, 's1', 'body', { text: 'samen\n<<<<<<< mine\nm\n=======\nt\n>>>>>>> theirs\n' });
    expect(isSettled(plan.sections[0].conflicts[1], picks.s1.body)).toBe(false);
    expect(toResolutions(plan, picks)).toEqual([]);
  });

  it('never takes a text for a field that is not a body', () => {
    const picks = withPick(initialPicks(plan), 's2', 'presence', { text: 'whatever' });
    expect(unsettledCount(plan, picks, 's2')).toBe(1);
    expect(toResolutions(plan, picks)).toEqual([]);
  });

  it('leaves the picks it was given untouched', () => {
    const before = initialPicks(plan);
    const snapshot = structuredClone(before);
    withPick(before, 's1', 'verdict', { choice: 'mine' });
    pickAll(plan, before, 'theirs');
    expect(before).toEqual(snapshot);
  });
});
