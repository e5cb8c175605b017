import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SectionContent } from '../../shared/merge-models';
import { checkSection } from '../citations/check';
import { VERDICTS, WORKFLOW_STATUSES } from '../../shared/models';
import type { Reference } from '../../shared/models';
import { sameContent } from './content';
import type { SectionMergeInput } from './merge-section';
import { diffProjectInfo, finishMerge, planMerge, resolveAll } from './plan-merge';
import { reference, sectionContent } from './testing';

const input = (id: string, base: SectionContent | null, mine: SectionContent | null, theirs: SectionContent | null, extra: Partial<SectionMergeInput> = {}): SectionMergeInput => ({
  id,
  base,
  mine,
  theirs,
  ...extra,
});

describe('planMerge / finishMerge', () => {
  const a = sectionContent({ name: 'A' });
  const b = sectionContent({ name: 'B' });
  const c = sectionContent({ name: 'C' });

  it('lists every outcome and counts them', () => {
    const project = planMerge([
      input('a', a, a, a),
      input('b', b, b, { ...b, verdict: 'kept' }),
      input('c', c, { ...c, status: 'final' }, c),
      input('d', null, null, sectionContent({ name: 'D' })),
      input('e', sectionContent({ name: 'E' }), sectionContent({ name: 'E' }), null, { theirsDeleted: true }),
      input('f', sectionContent({ name: 'F' }), { ...sectionContent({ name: 'F' }), heading: 'x' }, { ...sectionContent({ name: 'F' }), heading: 'y' }),
      input('gone', sectionContent({ name: 'G' }), null, null, { mineDeleted: true, theirsDeleted: true }),
    ]);
    expect(project.sections.map((s) => [s.id, s.outcome])).toEqual([
      ['a', 'unchanged'],
      ['b', 'take-theirs'],
      ['c', 'keep-mine'],
      ['d', 'added-from-theirs'],
      ['e', 'deleted-by-theirs'],
      ['f', 'conflict'],
    ]);
    expect(project.summary).toEqual({ unchanged: 1, takeTheirs: 1, keepMine: 1, merged: 0, addedFromTheirs: 1, deletedByTheirs: 1, conflicts: 1 });
  });

  it('finishes nothing while a conflict is unresolved, and everything once all are', () => {
    const project = planMerge([input('b', b, b, { ...b, verdict: 'kept' }), input('f', b, { ...b, heading: 'x', name: 'F' }, { ...b, heading: 'y', name: 'F' })]);
    const none = finishMerge(project, []);
    expect(none.unresolved).toEqual([{ sectionId: 'f', conflictId: 'heading', reason: 'no resolution' }]);
    const all = finishMerge(project, resolveAll(project.sections, 'theirs'));
    expect(all.unresolved).toEqual([]);
    expect(all.sections.find((s) => s.id === 'f')?.result?.heading).toBe('y');
    expect(all.sections.find((s) => s.id === 'f')?.report.resolutions).toEqual([{ conflictId: 'heading', field: 'heading', resolvedWith: 'theirs' }]);
    expect(all.sections.find((s) => s.id === 'b')?.result?.verdict).toBe('kept');
  });

  it('refuses resolutions that name no conflict or do not fit it, and bodies that still hold markers', () => {
    const mine = { ...b, body: b.body.replace('Slot.', 'Mijn slot.') };
    const theirs = { ...b, body: b.body.replace('Slot.', 'Hun slot.') };
    const project = planMerge([input('b', b, mine, theirs), input('h', a, { ...a, heading: '1' }, { ...a, heading: '2' })]);
    const out = finishMerge(project, [
      { sectionId: 'zz', conflictId: 'body', choice: 'mine' },
      { sectionId: 'h', conflictId: 'heading', text: 'no' },
      { sectionId: 'b', conflictId: 'body', text: '<<<<<<< mine\nMijn slot.\n=======\nHun slot.\n>>>>>>> theirs\n' },
    ]);
    expect(out.invalid).toHaveLength(2);
    expect(out.unresolved.map((u) => [u.sectionId, u.reason])).toEqual([
      ['h', 'no resolution'],
      ['b', 'the text still holds conflict markers'],
    ]);
  });

  it('renames a section from theirs that would take the place of another of mine', () => {
    const project = planMerge([input('mine-x', null, sectionContent({ name: 'X' }), null), input('theirs-x', null, null, sectionContent({ name: 'X', verdict: 'kept' }))]);
    const out = finishMerge(project, []);
    const added = out.sections.find((s) => s.id === 'theirs-x');
    expect(added?.result?.name).toBe('X (2)');
    expect(added?.report.notes).toEqual([{ kind: 'renamed', name: 'X (2)', wanted: 'X' }]);
    expect(out.sections.find((s) => s.id === 'mine-x')?.result?.name).toBe('X');
  });

  it('compares project info without an ancestor: mine is kept, differences listed', () => {
    const info = { name: 'P', government: 'G', termStart: '2019-10-02', termEnd: null, language: 'nl' as const, createdAt: 'x' };
    expect(diffProjectInfo(info, { ...info, termEnd: '2024-06-09', createdAt: 'y' })).toEqual([{ field: 'termEnd', mine: null, theirs: '2024-06-09' }]);
  });
});

// ---- properties ---------------------------------------------------------------

const text = fc.constantFrom('', 'a', 'Samenvatting', 'Een zin [0].', 'Twee [1][0].', 'Niets [3].', 'Regel\nregel');
const referenceArb = fc.record({ title: fc.constantFrom('T1', 'T2', 'T3', ''), date: fc.constantFrom('2020-01-01', '2021-05-06'), withUrl: fc.boolean() });
const referencesArb = fc.array(referenceArb, { maxLength: 4 }).map((rs): Reference[] =>
  rs.map((r, i) => {
    const ref = reference(i, r.title, r.date);
    return r.withUrl ? ref : { number: i, date: r.date, title: r.title };
  }),
);
const contentArb: fc.Arbitrary<SectionContent> = fc.record({
  path: fc.constantFrom([], ['A'], ['A', 'B']),
  name: fc.constantFrom('X', 'Y'),
  order: fc.nat(3),
  heading: fc.constantFrom('H', 'I'),
  agreement: fc.constantFrom('', 'akkoord'),
  agreementChecksum: fc.constantFrom(null, 'abc'),
  body: fc.array(text, { maxLength: 5 }).map((ps) => ps.join('\n\n')),
  references: referencesArb,
  verdict: fc.constantFrom(...VERDICTS),
  verdictNote: fc.constantFrom('', 'n'),
  status: fc.constantFrom(...WORKFLOW_STATUSES),
});

describe('merge properties', () => {
  it('merging a project with itself changes nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.option(contentArb), contentArb), { maxLength: 4 }), (sections) => {
        const project = planMerge(sections.map(([base, x], i) => input(`s${i}`, base, x, x)));
        expect(project.sections.every((s) => s.outcome === 'unchanged' && s.changes.length === 0)).toBe(true);
        const out = finishMerge(project, []);
        out.sections.forEach((s) => expect(sameContent(s.result, s.mine)).toBe(true));
      }),
    );
  });

  it('merging the ancestor with an edited copy gives that copy, from either side', () => {
    fc.assert(
      fc.property(contentArb, contentArb, (base, edited) => {
        for (const [mine, theirs] of [
          [base, edited],
          [edited, base],
        ]) {
          const out = finishMerge(planMerge([input('s', base, mine, theirs)]), []);
          expect(out.unresolved).toEqual([]);
          expect(out.sections[0].result).toEqual(edited);
        }
      }),
    );
  });

  it('a merge without conflicts introduces no numbering problems and is symmetric in content', () => {
    fc.assert(
      fc.property(contentArb, contentArb, contentArb, (base, mine, theirs) => {
        const one = finishMerge(planMerge([input('s', base, mine, theirs)]), []);
        const other = finishMerge(planMerge([input('s', base, theirs, mine)]), []);
        if (one.unresolved.length > 0) {
          expect(other.unresolved.length).toBeGreaterThan(0);
          return;
        }
        const r = one.sections[0].result as SectionContent;
        const o = other.sections[0].result as SectionContent;
        // Which side's numbering is kept may differ; the fields and the set of references may not.
        expect({ ...r, body: '', references: [] }).toEqual({ ...o, body: '', references: [] });
        const titles = (s: SectionContent) => s.references.map((x) => `${x.title}|${x.date}|${x.url ?? ''}`).sort();
        expect(titles(r)).toEqual(titles(o));
        const numbers = r.references.map((x) => x.number);
        expect(numbers).toEqual(numbers.map((_, i) => i));
        const missing = (s: SectionContent) =>
          checkSection({ body: s.body, references: s.references, today: '2030-01-01' }).filter((d) => d.code === 'citation-missing-reference' || d.code === 'reference-numbering').length;
        if (missing(mine) === 0 && missing(theirs) === 0) expect(missing(r)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
