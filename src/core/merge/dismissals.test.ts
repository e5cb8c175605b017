import { describe, expect, it } from 'vitest';
import { dismissalsToAdd } from './dismissals';

const d = (sectionId: string, decision: string) => ({ sectionId, decision, title: decision, dismissedAt: '2024-01-01T00:00:00Z' });

describe('dismissalsToAdd', () => {
  it('takes their marks mine lacks, for sections the merge keeps, once each', () => {
    const mine = [d('a', 'id:1'), d('b', 'id:2')];
    const theirs = [d('a', 'id:1'), d('a', 'url:x'), d('b', 'id:1'), d('gone', 'id:9'), d('a', 'url:x')];
    expect(dismissalsToAdd(mine, theirs, (id) => id !== 'gone')).toEqual([d('a', 'url:x'), d('b', 'id:1')]);
  });

  it('adds nothing the second time', () => {
    const theirs = [d('a', 'id:1')];
    const once = dismissalsToAdd([], theirs, () => true);
    expect(dismissalsToAdd(once, theirs, () => true)).toEqual([]);
  });
});
