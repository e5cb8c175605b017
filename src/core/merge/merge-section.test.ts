import { describe, expect, it } from 'vitest';
import type { MergeConflict, SectionContent } from '../../shared/merge-models';
import { checkSection } from '../citations/check';
import { mergeSection } from './merge-section';
import type { Resolution, SectionMergeInput } from './merge-section';
import { reference, sectionContent } from './testing';

const merge = (base: SectionContent | null, mine: SectionContent | null, theirs: SectionContent | null, extra: Partial<SectionMergeInput> = {}) =>
  mergeSection({ id: 's1', base, mine, theirs, ...extra });
const resolved = (m: ReturnType<typeof merge>, res: Record<string, Resolution> = {}) => m.resolve(new Map(Object.entries(res))).content;

/** The checker's numbering problems — what a clean merge must not introduce. */
function numberingErrors(s: SectionContent): string[] {
  return checkSection({ body: s.body, references: s.references, today: '2030-01-01' })
    .filter((d) => d.code === 'citation-missing-reference' || d.code === 'reference-numbering')
    .map((d) => d.message);
}

describe('mergeSection: whole-section outcomes', () => {
  const base = sectionContent();

  it('finds nothing to do when both sides are the same', () => {
    const m = merge(base, base, base);
    expect(m.plan.outcome).toBe('unchanged');
    expect(m.plan.changes).toEqual([]);
    expect(resolved(m)).toEqual(base);
  });

  it('takes a change made on one side only, silently', () => {
    const edited = sectionContent({ verdict: 'kept', heading: 'ICT' });
    const t = merge(base, base, edited);
    expect(t.plan.outcome).toBe('take-theirs');
    expect(t.plan.changes).toEqual([
      { field: 'heading', from: 'theirs' },
      { field: 'verdict', from: 'theirs' },
    ]);
    expect(resolved(t)).toEqual(edited);
    const m = merge(base, edited, base);
    expect(m.plan.outcome).toBe('keep-mine');
    expect(m.plan.changes.every((c) => c.from === 'mine')).toBe(true);
    expect(resolved(m)).toEqual(edited);
  });

  it('merges changes to different fields from both sides', () => {
    const mine = sectionContent({ verdict: 'kept', verdictNote: 'Alles gerealiseerd.' });
    const theirs = sectionContent({ status: 'in-review', heading: 'ICT & Informatie' });
    const m = merge(base, mine, theirs);
    expect(m.plan.outcome).toBe('merged');
    expect(resolved(m)).toEqual(sectionContent({ verdict: 'kept', verdictNote: 'Alles gerealiseerd.', status: 'in-review', heading: 'ICT & Informatie' }));
    expect(m.plan.changes).toEqual(
      expect.arrayContaining([
        { field: 'heading', from: 'theirs' },
        { field: 'status', from: 'theirs' },
        { field: 'verdict', from: 'mine' },
        { field: 'verdictNote', from: 'mine' },
      ]),
    );
  });

  it('accepts the same change made on both sides', () => {
    const both = sectionContent({ verdict: 'broken' });
    const m = merge(base, sectionContent({ verdict: 'broken', status: 'final' }), both);
    expect(m.plan.outcome).toBe('keep-mine');
    expect(m.plan.conflicts).toEqual([]);
  });
});

describe('mergeSection: conflicts per field', () => {
  const base = sectionContent();
  const cases: [string, Partial<SectionContent>, Partial<SectionContent>][] = [
    ['heading', { heading: 'Mijn titel' }, { heading: 'Hun titel' }],
    ['agreement', { agreement: 'Mijn akkoord', agreementChecksum: 'a' }, { agreement: 'Hun akkoord', agreementChecksum: 'b' }],
    ['verdict', { verdict: 'kept' }, { verdict: 'broken' }],
    ['verdictNote', { verdictNote: 'ja' }, { verdictNote: 'nee' }],
    ['status', { status: 'final' }, { status: 'in-review' }],
    ['location', { path: ['A'], name: 'X' }, { path: ['B'], name: 'X' }],
    ['order', { order: 3 }, { order: 5 }],
  ];
  for (const [field, mineEdit, theirsEdit] of cases) {
    it(`${field}: changed differently on both sides is a conflict, resolved either way`, () => {
      // Each side also makes a change of its own elsewhere, which must survive either choice.
      const mineExtra = field === 'heading' ? { verdictNote: 'eigen notitie' } : { heading: 'Eigen kop' };
      const mine = sectionContent({ ...mineEdit, ...mineExtra });
      const theirs = sectionContent({ ...theirsEdit, body: base.body.replace('Slot.', 'Slot, aangevuld.') });
      const m = merge(base, mine, theirs);
      expect(m.plan.outcome).toBe('conflict');
      expect(m.plan.conflicts.map((c) => c.id)).toEqual([field]);
      const c = m.plan.conflicts[0] as Extract<MergeConflict, { field: 'verdict' }>;
      expect(c.mine).not.toEqual(c.theirs);
      // Until resolved, nothing can be finished.
      expect(() => m.resolve(new Map())).toThrow(/not resolved/);
      const keepMine = resolved(m, { [field]: { choice: 'mine' } });
      expect(keepMine).toEqual({ ...mine, body: theirs.body });
      const takeTheirs = resolved(m, { [field]: { choice: 'theirs' } });
      expect(takeTheirs).toEqual({ ...theirs, ...mineExtra });
    });
  }
});

describe('mergeSection: the body', () => {
  const base = sectionContent();

  it('merges edits to different paragraphs', () => {
    const mine = sectionContent({ body: base.body.replace('Samenvatting', 'Samenvatting:') });
    const theirs = sectionContent({ body: base.body.replace('Slot.', 'Slot, met meer uitleg.') });
    const m = merge(base, mine, theirs);
    expect(m.plan.outcome).toBe('merged');
    expect(resolved(m)?.body).toBe('Samenvatting:\n\nDe regering keurde een plan goed [0].\n\nEen tweede stap volgde [1].\n\nSlot, met meer uitleg.\n');
    expect(m.plan.changes).toEqual([{ field: 'body', from: 'merged' }]);
  });

  it('reports overlapping edits as a body conflict with hunks, resolved by choice or by text', () => {
    const mine = sectionContent({ body: base.body.replace('Slot.', 'Mijn slot.') });
    const theirs = sectionContent({ body: base.body.replace('Slot.', 'Hun slot.') });
    const m = merge(base, mine, theirs);
    const c = m.plan.conflicts[0];
    expect(c.field).toBe('body');
    if (c.field !== 'body') return;
    expect(c.hunks.filter((h) => h.kind === 'conflict')).toEqual([{ kind: 'conflict', base: 'Slot.\n', mine: 'Mijn slot.\n', theirs: 'Hun slot.\n' }]);
    expect(resolved(m, { body: { choice: 'theirs' } })?.body).toBe(theirs.body);
    expect(resolved(m, { body: { choice: 'mine' } })?.body).toBe(mine.body);
    const text = base.body.replace('Slot.', 'Ons slot.');
    const done = m.resolve(new Map([['body', { text }]]));
    expect(done.content?.body).toBe(text);
    expect(done.resolutions).toEqual([{ conflictId: 'body', field: 'body', resolvedWith: 'edited' }]);
    // A text that is exactly one side (what the "take theirs" button sends) is reported as that side.
    expect(m.resolve(new Map([['body', { text: theirs.body }]])).resolutions[0].resolvedWith).toBe('theirs');
  });
});

describe('mergeSection: presence', () => {
  const base = sectionContent();
  const edited = sectionContent({ verdict: 'kept' });

  it('adds a section only theirs has, and keeps one only mine has', () => {
    const added = merge(null, null, base);
    expect(added.plan.outcome).toBe('added-from-theirs');
    expect(resolved(added)).toEqual(base);
    const mineOnly = merge(null, base, null);
    expect(mineOnly.plan.outcome).toBe('keep-mine');
    expect(resolved(mineOnly)).toEqual(base);
  });

  it('deletes what theirs deleted when mine did not change it', () => {
    const m = merge(base, base, null, { theirsDeleted: true });
    expect(m.plan.outcome).toBe('deleted-by-theirs');
    expect(resolved(m)).toBeNull();
  });

  it('keeps my deletion when theirs did not change the section', () => {
    const m = merge(base, null, base, { mineDeleted: true });
    expect(m.plan.outcome).toBe('keep-mine');
    expect(resolved(m)).toBeNull();
  });

  it('makes deleted-on-one-side, edited-on-the-other a keep-or-delete conflict', () => {
    const theirsDeleted = merge(base, edited, null, { theirsDeleted: true });
    expect(theirsDeleted.plan.conflicts).toEqual([{ id: 'presence', field: 'presence', deletedBy: 'theirs' }]);
    expect(resolved(theirsDeleted, { presence: { choice: 'mine' } })).toEqual(edited);
    expect(resolved(theirsDeleted, { presence: { choice: 'theirs' } })).toBeNull();

    const mineDeleted = merge(base, null, edited, { mineDeleted: true });
    expect(mineDeleted.plan.conflicts).toEqual([{ id: 'presence', field: 'presence', deletedBy: 'mine' }]);
    expect(resolved(mineDeleted, { presence: { choice: 'theirs' } })).toEqual(edited);
    expect(resolved(mineDeleted, { presence: { choice: 'mine' } })).toBeNull();
  });

  it('treats a section added on both sides under one id as changed on both with no ancestor', () => {
    const m = merge(null, sectionContent({ verdict: 'kept' }), sectionContent({ verdict: 'broken' }));
    expect(m.plan.conflicts.map((c) => c.id)).toEqual(['verdict']);
    const same = merge(null, base, base);
    expect(same.plan.outcome).toBe('unchanged');
  });
});

describe('mergeSection: references and numbering', () => {
  const base = sectionContent();

  it('unions additions from both sides and renumbers by first use, rewriting citations', () => {
    const mine = sectionContent({
      body: base.body.replace('Samenvatting\n', 'Samenvatting met nieuws [2].\n'),
      references: [...base.references, reference(2, 'Mijn nieuwe beslissing', '2023-02-03')],
    });
    const theirs = sectionContent({
      body: base.body.replace('Slot.', 'Slot, zie ook [2].'),
      references: [...base.references, reference(2, 'Hun nieuwe beslissing', '2023-06-09')],
    });
    const m = merge(base, mine, theirs);
    expect(m.plan.outcome).toBe('merged');
    const out = resolved(m) as SectionContent;
    expect(out.body).toBe('Samenvatting met nieuws [0].\n\nDe regering keurde een plan goed [1].\n\nEen tweede stap volgde [2].\n\nSlot, zie ook [3].\n');
    expect(out.references.map((r) => [r.number, r.title])).toEqual([
      [0, 'Mijn nieuwe beslissing'],
      [1, 'Conceptnota datastrategie'],
      [2, 'Actieplan open data'],
      [3, 'Hun nieuwe beslissing'],
    ]);
    expect(numberingErrors(out)).toEqual([]);
  });

  it('keeps numbers as they are when the merged list is one side’s list', () => {
    const mine = sectionContent({ body: base.body.replace('Samenvatting', 'Samenvatting:') });
    const theirs = sectionContent({
      body: base.body.replace('Slot.', 'Slot [1][0].'),
      references: [base.references[0], { ...base.references[1], title: 'Actieplan open data 2022' }],
    });
    const out = resolved(merge(base, mine, theirs)) as SectionContent;
    expect(out.body).toBe('Samenvatting:\n\nDe regering keurde een plan goed [0].\n\nEen tweede stap volgde [1].\n\nSlot [1][0].\n');
    expect(out.references[1].title).toBe('Actieplan open data 2022');
  });

  it('matches a reference whose link or title was fixed with its ancestor', () => {
    const fixedLink = { ...base.references[0], url: 'https://example.org/fixed' };
    const mine = sectionContent({ references: [fixedLink, base.references[1]] });
    const theirs = sectionContent({ body: base.body.replace('Slot.', 'Slot [0].') });
    const out = resolved(merge(base, mine, theirs)) as SectionContent;
    expect(out.references).toEqual([fixedLink, base.references[1]]);
    expect(out.body).toContain('Slot [0].');
  });

  it('takes a deleted reference away and renumbers what follows', () => {
    // Mine drops reference 0 (and its citation), renumbering 1 -> 0; theirs edits the last paragraph.
    const mine = sectionContent({
      body: 'Samenvatting\n\nDe regering keurde een plan goed.\n\nEen tweede stap volgde [0].\n\nSlot.\n',
      references: [{ ...base.references[1], number: 0 }],
    });
    const theirs = sectionContent({ body: base.body.replace('Slot.', 'Slot, zie [1].') });
    const m = merge(base, mine, theirs);
    const out = resolved(m) as SectionContent;
    expect(out.body).toBe('Samenvatting\n\nDe regering keurde een plan goed.\n\nEen tweede stap volgde [0].\n\nSlot, zie [0].\n');
    expect(out.references.map((r) => r.title)).toEqual(['Actieplan open data']);
    expect(numberingErrors(out)).toEqual([]);
  });

  it('keeps a reference deleted on one side when the merged text still cites it, and says so', () => {
    const mine = sectionContent({
      body: 'Samenvatting\n\nDe regering keurde een plan goed.\n\nEen tweede stap volgde [0].\n\nSlot.\n',
      references: [{ ...base.references[1], number: 0 }],
    });
    const theirs = sectionContent({ body: base.body.replace('Slot.', 'Slot, zoals in [0].') });
    const m = merge(base, mine, theirs);
    const out = m.resolve(new Map());
    // The kept list is exactly theirs, so theirs' numbers stay.
    expect(out.content?.body).toBe('Samenvatting\n\nDe regering keurde een plan goed.\n\nEen tweede stap volgde [1].\n\nSlot, zoals in [0].\n');
    expect(out.content?.references.map((r) => r.title)).toEqual(['Conceptnota datastrategie', 'Actieplan open data']);
    expect(out.notes).toEqual([{ kind: 'kept-reference', title: 'Conceptnota datastrategie' }]);
    expect(numberingErrors(out.content as SectionContent)).toEqual([]);
  });

  it('conflicts a reference edited differently on both sides, shown in the merge numbering', () => {
    const mine = sectionContent({ references: [base.references[0], { ...base.references[1], title: 'Mijn titel' }] });
    const theirs = sectionContent({
      body: base.body.replace('Slot.', 'Slot [2].'),
      references: [base.references[0], { ...base.references[1], title: 'Hun titel' }, reference(2, 'Nieuw')],
    });
    const m = merge(base, mine, theirs);
    expect(m.plan.conflicts).toHaveLength(1);
    const c = m.plan.conflicts[0];
    if (c.field !== 'reference') throw new Error('expected a reference conflict');
    expect([c.base?.title, c.mine?.title, c.theirs?.title]).toEqual(['Actieplan open data', 'Mijn titel', 'Hun titel']);
    expect(m.plan.references?.map((r) => [r.number, r.title])).toEqual([
      [0, 'Conceptnota datastrategie'],
      [1, 'Mijn titel'],
      [2, 'Nieuw'],
    ]);
    const out = resolved(m, { [c.id]: { choice: 'theirs' } }) as SectionContent;
    expect(out.references.map((r) => r.title)).toEqual(['Conceptnota datastrategie', 'Hun titel', 'Nieuw']);
    expect(out.body).toContain('Slot [2].');
  });

  it('merges different fields of one reference edited on both sides', () => {
    const mine = sectionContent({ references: [{ ...base.references[0], title: 'Nieuwe titel' }, base.references[1]] });
    const theirs = sectionContent({ references: [{ ...base.references[0], meetingStart: '2021-03-05T10:00:00Z' }, base.references[1]], verdict: 'kept' });
    const out = resolved(merge(base, mine, theirs)) as SectionContent;
    expect(out.references[0]).toMatchObject({ title: 'Nieuwe titel', meetingStart: '2021-03-05T10:00:00Z' });
  });

  it('conflicts a reference deleted on one side and edited on the other', () => {
    const mine = sectionContent({ body: base.body.replace(' [1]', ''), references: [base.references[0]] });
    const theirs = sectionContent({ references: [base.references[0], { ...base.references[1], title: 'Bijgewerkt' }] });
    const m = merge(base, mine, theirs);
    const c = m.plan.conflicts.find((x) => x.field === 'reference');
    if (c?.field !== 'reference') throw new Error('expected a reference conflict');
    expect(c.mine).toBeNull();
    expect(c.theirs?.title).toBe('Bijgewerkt');
    expect(resolved(m, { [c.id]: { choice: 'mine' } })?.references).toHaveLength(1);
    expect(resolved(m, { [c.id]: { choice: 'theirs' } })?.references).toHaveLength(2);
  });

  it('shows a body conflict in one numbering and maps an edited result back', () => {
    // Theirs inserted a reference at the front and renumbered; both rewrote the closing paragraph.
    const mine = sectionContent({ body: base.body.replace('Slot.', 'Mijn slot [1].') });
    const theirs = sectionContent({
      body: 'Samenvatting [0]\n\nDe regering keurde een plan goed [1].\n\nEen tweede stap volgde [2].\n\nHun slot [2].\n',
      references: [reference(0, 'Vooraf'), { ...base.references[0], number: 1 }, { ...base.references[1], number: 2 }],
    });
    const m = merge(base, mine, theirs);
    const c = m.plan.conflicts.find((x) => x.field === 'body');
    if (c?.field !== 'body') throw new Error('expected a body conflict');
    // Mine keeps its numbers; theirs' new reference gets the next one, in all columns alike.
    expect(c.theirs).toBe('Samenvatting [2]\n\nDe regering keurde een plan goed [0].\n\nEen tweede stap volgde [1].\n\nHun slot [1].\n');
    expect(c.mine).toBe(mine.body);
    const text = 'Samenvatting [2]\n\nDe regering keurde een plan goed [0].\n\nEen tweede stap volgde [1].\n\nOns slot [1][2].\n';
    const out = resolved(m, { body: { text } }) as SectionContent;
    expect(out.body).toBe('Samenvatting [0]\n\nDe regering keurde een plan goed [1].\n\nEen tweede stap volgde [2].\n\nOns slot [2][0].\n');
    expect(out.references.map((r) => r.title)).toEqual(['Vooraf', 'Conceptnota datastrategie', 'Actieplan open data']);
    expect(numberingErrors(out)).toEqual([]);
  });

  it('keeps a citation that had no entry without one', () => {
    const withMissing = sectionContent({ body: base.body.replace('Slot.', 'Slot [7].') });
    const mine = sectionContent({ body: withMissing.body.replace('Samenvatting', 'Samenvatting:') });
    const theirs = sectionContent({
      body: withMissing.body.replace('Een tweede', 'Nog een tweede').replace('Slot [7].', 'Slot [7] en [2].'),
      references: [...base.references, reference(2, 'Nieuw')],
    });
    const out = resolved(merge(withMissing, mine, theirs)) as SectionContent;
    expect(out.body).toContain('Slot [7] en [2].');
    const missing = checkSection({ body: out.body, references: out.references, today: '2030-01-01' }).filter((d) => d.code === 'citation-missing-reference');
    expect(missing).toHaveLength(1);
  });

  it('does not mistake private-use characters in a text for citation tokens', () => {
    const odd = sectionContent({ body: base.body.replace('Slot.', 'Slot \uE000b0\uE001 [0].') });
    const mine = sectionContent({ body: odd.body.replace('Samenvatting', 'Samenvatting:') });
    const theirs = sectionContent({ body: odd.body.replace('Een tweede', 'Een derde'), references: [base.references[0], { ...base.references[1], title: 'Ander' }] });
    const out = resolved(merge(odd, mine, theirs)) as SectionContent;
    expect(out.body).toContain('Slot \uE000b0\uE001 [0].');
  });
});
