import { describe, expect, it } from 'vitest';
import type { Reference } from '../../shared/models';
import { buildDecisionLink } from '../links/decision-link';
import { brusselsToUtc } from '../time/brussels';
import { addReference, applySafeFixes, fillFromLink, mergeDuplicates, rebuildLink, removeReference, renumberByFirstUse } from './fixes';

const link = (title: string, date: string, time = '10:00') => buildDecisionLink(title, brusselsToUtc(date, time));
const ref = (number: number, title: string, date = '2021-03-10', extra: Partial<Reference> = {}): Reference => ({
  number,
  title,
  date,
  url: link(title, date),
  ...extra,
});
const refs = (...titles: string[]): Reference[] => titles.map((t, i) => ref(i, t));
const summary = (list: Reference[]) => list.map((r) => `${String(r.number)}:${r.title}`);

describe('renumberByFirstUse', () => {
  it('numbers entries in order of first citation and rewrites every citation at once', () => {
    const result = renumberByFirstUse({ body: 'Zie [2] en [0][1], weer [2].', references: refs('A', 'B', 'C') });
    expect(result.body).toBe('Zie [0] en [1][2], weer [0].');
    expect(summary(result.references)).toEqual(['0:C', '1:A', '2:B']);
    expect(result.changes).toEqual(['renumbered [2] → [0]', 'renumbered [0] → [1]', 'renumbered [1] → [2]']);
    expect(result.error).toBeUndefined();
  });

  it('handles citations in a row with no separator', () => {
    const result = renumberByFirstUse({ body: 'a [3][4][5] b [0][1][2]', references: refs('A', 'B', 'C', 'D', 'E', 'F') });
    expect(result.body).toBe('a [0][1][2] b [3][4][5]');
    expect(summary(result.references)).toEqual(['0:D', '1:E', '2:F', '3:A', '4:B', '5:C']);
  });

  it('leaves escaped brackets alone', () => {
    const result = renumberByFirstUse({ body: 'letterlijk \\[1] en [1] dan [0]', references: refs('A', 'B') });
    expect(result.body).toBe('letterlijk \\[1] en [0] dan [1]');
  });

  it('puts uncited entries after the cited ones, in their list order', () => {
    const result = renumberByFirstUse({ body: 'alleen [2]', references: refs('A', 'B', 'C', 'D') });
    expect(result.body).toBe('alleen [0]');
    expect(summary(result.references)).toEqual(['0:C', '1:A', '2:B', '3:D']);
  });

  it('closes gaps and moves a citation with no entry where no entry will be', () => {
    const references = [ref(0, 'A'), ref(1, 'B'), ref(3, 'D')];
    const result = renumberByFirstUse({ body: '[3][2][0][1]', references });
    expect(result.body).toBe('[0][3][1][2]');
    expect(summary(result.references)).toEqual(['0:D', '1:A', '2:B']);
    expect(result.changes).toEqual([
      'renumbered [3] → [0]',
      'renumbered [0] → [1]',
      'renumbered [1] → [2]',
      'citation [2] has no entry; renumbered it to [3] so it cannot point at another entry',
    ]);
  });

  it('gives a repeated number its own place', () => {
    const references = [ref(0, 'A'), ref(0, 'B'), ref(1, 'C')];
    const result = renumberByFirstUse({ body: '[0][1]', references });
    expect(summary(result.references)).toEqual(['0:A', '1:C', '2:B']);
    expect(result.body).toBe('[0][1]');
  });

  it('puts a list in number order when only the order was off', () => {
    const result = renumberByFirstUse({ body: '[0][1]', references: [ref(1, 'B'), ref(0, 'A')] });
    expect(summary(result.references)).toEqual(['0:A', '1:B']);
    expect(result.changes).toEqual(['put the reference list in number order']);
  });

  it('changes nothing in a clean section', () => {
    const input = { body: '[0] en [1][0]', references: refs('A', 'B') };
    expect(renumberByFirstUse(input)).toEqual({ body: input.body, references: input.references, changes: [] });
  });

  it('does not change its input', () => {
    const references = refs('A', 'B');
    const copy = structuredClone(references);
    renumberByFirstUse({ body: '[1][0]', references });
    expect(references).toEqual(copy);
  });
});

describe('removeReference', () => {
  const body = 'a [0] b [1]. c [2][3] d [1] e.';

  it('removes the entry and its citations, and renumbers the rest', () => {
    const result = removeReference({ body, references: refs('A', 'B', 'C', 'D') }, 1, { renumber: true });
    expect(result.body).toBe('a [0] b. c [1][2] d e.');
    expect(summary(result.references)).toEqual(['0:A', '1:C', '2:D']);
    expect(result.changes).toEqual([
      'removed reference [1] “B”',
      'removed 2 citations of [1] from the text',
      'renumbered [2] → [1]',
      'renumbered [3] → [2]',
    ]);
  });

  it('keeps the other numbers without renumbering', () => {
    const result = removeReference({ body, references: refs('A', 'B', 'C', 'D') }, 1, { renumber: false });
    expect(result.body).toBe('a [0] b. c [2][3] d e.');
    expect(summary(result.references)).toEqual(['0:A', '2:C', '3:D']);
  });

  it('removes a citation inside a run and keeps the space before the rest of the run', () => {
    expect(removeReference({ body: 'x [1][2].', references: refs('A', 'B', 'C') }, 1, { renumber: true }).body).toBe('x [1].');
    expect(removeReference({ body: 'x [1][2].', references: refs('A', 'B', 'C') }, 2, { renumber: true }).body).toBe('x [1].');
    expect(removeReference({ body: 'x [1][2]. [0]', references: refs('A', 'B', 'C') }, 0, { renumber: true }).body).toBe('x [0][1].');
  });

  it('does not leave a space at the start of a line', () => {
    expect(removeReference({ body: '[1] begint.\n[1][0] ook', references: refs('A', 'B') }, 1, { renumber: true }).body).toBe('begint.\n[0] ook');
  });

  it('removes an uncited entry without touching the text', () => {
    const result = removeReference({ body: '[0] \\[1]', references: refs('A', 'B') }, 1, { renumber: true });
    expect(result).toEqual({ body: '[0] \\[1]', references: [ref(0, 'A')], changes: ['removed reference [1] “B”'] });
  });

  it('refuses a position that is not in the list', () => {
    const input = { body: '[0]', references: refs('A') };
    expect(removeReference(input, 3, { renumber: true })).toEqual({
      body: '[0]',
      references: input.references,
      changes: [],
      error: 'There is no reference at position 3; the list has 1 entries.',
    });
  });
});

describe('rebuildLink', () => {
  it('builds a missing link at 10:00 Brussels time when no start is known', () => {
    const input = { body: '[0]', references: [{ number: 0, title: 'Besluit A', date: '2021-06-04' }] };
    expect(rebuildLink(input, 0)).toEqual({
      body: '[0]',
      references: [{ number: 0, title: 'Besluit A', date: '2021-06-04', meetingStart: '2021-06-04T08:00:00Z', url: buildDecisionLink('Besluit A', '2021-06-04T08:00:00Z') }],
      changes: ['built a link for [0] from its title and date (meeting start 2021-06-04T08:00:00Z)'],
    });
  });

  it('keeps the meeting time of the existing link', () => {
    const input = { body: '', references: [ref(0, 'Nieuwe titel', '2021-03-26', { url: link('Oude titel', '2021-03-26', '16:30') })] };
    const [rebuilt] = rebuildLink(input, 0).references;
    expect(rebuilt.meetingStart).toBe('2021-03-26T15:30:00Z');
    expect(rebuilt.url).toBe(buildDecisionLink('Nieuwe titel', '2021-03-26T15:30:00Z'));
  });

  it('moves a known Brussels time to the entry’s own date, summer time applied afresh', () => {
    const input = { body: '', references: [ref(0, 'Besluit A', '2021-06-04', { url: link('Besluit A', '2021-03-26', '11:00') })] };
    expect(rebuildLink(input, 0).references[0].meetingStart).toBe('2021-06-04T09:00:00Z');
  });

  it('prefers the entry’s stored meeting start', () => {
    const input = { body: '', references: [ref(0, 'Besluit A', '2021-03-26', { meetingStart: '2021-03-26T07:00:00Z', url: 'https://example.org/' })] };
    expect(rebuildLink(input, 0).references[0].url).toBe(buildDecisionLink('Besluit A', '2021-03-26T07:00:00Z'));
  });

  it('writes a loosely encoded link canonically', () => {
    const title = "Projectoproep 'Flanders is a festival'";
    const canonical = link(title, '2021-03-26');
    const result = rebuildLink({ body: '', references: [ref(0, title, '2021-03-26', { url: canonical.replaceAll('%27', "'") })] }, 0);
    expect(result.references[0].url).toBe(canonical);
    expect(result.changes).toEqual([`rebuilt the link of [0] from its title and date (meeting start 2021-03-26T09:00:00Z)`]);
  });

  it('refuses without a title or a valid date', () => {
    expect(rebuildLink({ body: '', references: [{ number: 0, title: '', date: '2021-03-10' }] }, 0).error).toBe(
      'Reference [0] has no title, and a link is built from the title.',
    );
    expect(rebuildLink({ body: '', references: [{ number: 0, title: 'A', date: '2021-02-30' }] }, 0).error).toBe(
      'Reference [0] has no valid date (“2021-02-30”), and a link is built from the date.',
    );
  });
});

describe('fillFromLink', () => {
  it('takes title, date and start from the link', () => {
    const input = { body: '', references: [{ number: 0, title: '', date: '2021-02-30', url: link('Besluit A', '2021-03-26', '16:30') }] };
    const result = fillFromLink(input, 0);
    expect(result.references[0]).toEqual({ number: 0, title: 'Besluit A', date: '2021-03-26', meetingStart: '2021-03-26T15:30:00Z', url: input.references[0].url });
    expect(result.changes).toEqual(['took the title of [0] from its link: “Besluit A”', 'took the date of [0] from its link: 2021-03-26']);
    expect(fillFromLink({ body: '', references: [ref(0, 'A', '2021-03-10', { url: 'https://example.org/' })] }, 0).error).toBe(
      'The link of reference [0] is not a readable decisions-database link.',
    );
  });
});

describe('mergeDuplicates', () => {
  it('cites the kept entry instead and closes the numbering', () => {
    const result = mergeDuplicates({ body: '[0][1][2][3] en [2]', references: refs('A', 'B', 'A', 'C') }, 0, 2);
    expect(result.body).toBe('[0][1][0][2] en [0]');
    expect(summary(result.references)).toEqual(['0:A', '1:B', '2:C']);
    expect(result.changes).toEqual(['merged [2] “A” into [0]', 'rewrote 2 citations [2] → [0]', 'renumbered [3] → [2]']);
  });

  it('can keep the later entry', () => {
    const result = mergeDuplicates({ body: '[0][1][2]', references: refs('A', 'B', 'A') }, 2, 0);
    expect(result.body).toBe('[1][0][1]');
    expect(summary(result.references)).toEqual(['0:B', '1:A']);
  });

  it('keeps a link only the dropped entry had', () => {
    const references = [{ number: 0, title: 'A', date: '2021-03-10' }, ref(1, 'A')];
    const result = mergeDuplicates({ body: '[0][1]', references }, 0, 1);
    expect(result.references).toEqual([{ number: 0, title: 'A', date: '2021-03-10', url: link('A', '2021-03-10') }]);
    expect(result.body).toBe('[0][0]');
    expect(result.changes).toContain('kept the link of [1]');
  });

  it('refuses to keep an entry whose number an earlier entry already has', () => {
    const references = [ref(0, 'X'), ref(0, 'A'), ref(1, 'A')];
    const result = mergeDuplicates({ body: '[0][1]', references }, 1, 2);
    expect(result.error).toBe('Entry 2 shares the number [0] with an earlier entry; renumber the references first.');
    expect(result.body).toBe('[0][1]');
  });

  it('refuses to merge an entry with itself', () => {
    expect(mergeDuplicates({ body: '', references: refs('A') }, 0, 0).error).toBe('A reference cannot be merged with itself.');
  });
});

describe('addReference', () => {
  it('appends the next number and builds the link from the meeting start', () => {
    const result = addReference({ body: '[0]', references: refs('A') }, { title: 'Besluit B', date: '', meetingStart: '2021-10-29T08:15:00Z' });
    expect(result.number).toBe(1);
    expect(result.references[1]).toEqual({
      number: 1,
      title: 'Besluit B',
      date: '2021-10-29',
      meetingStart: '2021-10-29T08:15:00Z',
      url: buildDecisionLink('Besluit B', '2021-10-29T08:15:00Z'),
    });
    expect(result.changes).toEqual(['added reference [1] “Besluit B”']);
  });

  it('never reuses a number in a list that is not numbered cleanly', () => {
    expect(addReference({ body: '', references: [ref(0, 'A'), ref(5, 'B')] }, { title: 'C', date: '2021-03-10' }).number).toBe(6);
  });

  it('adds no link without a meeting start', () => {
    expect(addReference({ body: '', references: [] }, { title: 'C', date: '2021-03-10' }).references).toEqual([{ number: 0, title: 'C', date: '2021-03-10' }]);
  });
});

describe('applySafeFixes', () => {
  it('fixes encodings, merges exact duplicates and renumbers, and says so', () => {
    const title = "Project 'A'";
    const references = [ref(0, title, '2021-03-10', { url: link(title, '2021-03-10').replaceAll('%27', "'") }), ref(1, 'B'), ref(2, 'B'), ref(3, 'C')];
    const result = applySafeFixes({ body: 'Zie [1][0][2].', references });
    expect(result.body).toBe('Zie [0][1][0].');
    expect(result.references).toEqual([ref(0, 'B'), ref(1, title), ref(2, 'C')]);
    expect(result.changes).toEqual([
      'rewrote the link of [0] in the canonical encoding',
      'merged [2] “B” into [1] (same title, date and link)',
      'rewrote 1 citation [2] → [1]',
      'renumbered [3] → [2]',
      'renumbered [1] → [0]',
      'renumbered [0] → [1]',
    ]);
  });

  it('renumbers a list with repeated numbers before merging', () => {
    const references = [ref(0, 'X'), ref(0, 'A'), ref(1, 'A')];
    const result = applySafeFixes({ body: '[0][1]', references });
    expect(result.body).toBe('[0][1]');
    expect(result.references).toEqual([ref(0, 'X'), ref(1, 'A')]);
    expect(result.changes).toEqual(['renumbered [0] → [2]', 'merged [2] “A” into [1] (same title, date and link)']);
  });

  it('merges exact duplicates that both lack a link', () => {
    const references = [{ number: 0, title: 'A', date: '2021-03-10' }, { number: 1, title: 'A', date: '2021-03-10' }];
    const result = applySafeFixes({ body: '[1] en [0]', references });
    expect(result).toEqual({
      body: '[0] en [0]',
      references: [references[0]],
      changes: ['merged [1] “A” into [0] (same title and date, neither linked)', 'rewrote 1 citation [1] → [0]'],
    });
  });

  it('leaves alone what would change the meaning', () => {
    const references = [
      ref(0, 'A', '2021-03-10', { url: link('Iets anders', '2021-03-10') }),
      ref(1, 'B'),
      ref(2, 'B', '2021-03-10', { url: link('B', '2021-03-10', '11:00') }),
      { number: 3, title: '', date: '2021-03-10' },
      { number: 4, title: '', date: '2021-03-10' },
    ];
    const input = { body: '[0][1][2][3][4]', references };
    expect(applySafeFixes(input)).toEqual({ body: input.body, references, changes: [] });
  });
});
