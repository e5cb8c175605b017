import { describe, expect, it } from 'vitest';
import type { CheckInput, Diagnostic, Reference } from '../../shared/models';
import { buildDecisionLink } from '../links/decision-link';
import { brusselsToUtc } from '../time/brussels';
import { checkSection } from './check';

const link = (title: string, date: string, time = '10:00') => buildDecisionLink(title, brusselsToUtc(date, time));
const ref = (number: number, title: string, date: string, extra: Partial<Reference> = {}): Reference => ({
  number,
  title,
  date,
  url: link(title, date),
  ...extra,
});
/** n well-formed entries numbered 0..n-1, titled `Besluit i`, dated 2021-03-10 + i. */
const refs = (n: number): Reference[] => Array.from({ length: n }, (_, i) => ref(i, `Besluit ${String(i)}`, `2021-03-${String(10 + i)}`));
const check = (input: Partial<CheckInput> & Pick<CheckInput, 'body' | 'references'>): Diagnostic[] => checkSection({ today: '2025-01-01', ...input });
const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);
const line1 = (start: number, end: number) => ({ startLine: 1, startColumn: start, endLine: 1, endColumn: end });

describe('checkSection: a clean section', () => {
  it('reports nothing for citations that use every entry in order', () => {
    expect(check({ body: 'Zie [0] en [1][2], later weer [0].', references: refs(3) })).toEqual([]);
  });
});

describe('checkSection: citations', () => {
  it('citation-missing-reference: at the citation, naming what the list holds', () => {
    expect(check({ body: 'zie [0][1] en [5].', references: refs(2) })).toMatchObject([
      {
        code: 'citation-missing-reference',
        severity: 'error',
        message: 'Citation [5] has no entry in the reference list (it has [0] to [1]).',
        range: line1(15, 18),
        fixes: [],
      },
    ]);
  });

  it('citation-missing-reference: offers to add the entry when it is the next number', () => {
    expect(check({ body: '[0][1][2]', references: refs(2) })).toEqual([
      expect.objectContaining({ code: 'citation-missing-reference', range: line1(7, 10), fixes: ['add-reference'] }),
    ]);
    expect(check({ body: 'zie [0]', references: [] })).toMatchObject([
      {
        code: 'citation-missing-reference',
        severity: 'error',
        message: 'Citation [0] has no entry in the reference list (the list is empty).',
        range: line1(5, 8),
        fixes: ['add-reference'],
      },
    ]);
  });

  it('citation-order: points at the first citation out of order', () => {
    expect(check({ body: 'a [0]\nb [2][1]', references: refs(3) })).toMatchObject([
      {
        code: 'citation-order',
        severity: 'warning',
        message: 'Citation [2] is out of order: it is first cited before [1]. References should be numbered in order of first citation.',
        range: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 6 },
        fixes: ['renumber-by-first-use'],
      },
    ]);
  });

  it('citation-order: an uncited entry with a smaller number also puts later first uses out of order', () => {
    const ds = check({ body: '[0] [2]', references: refs(3) });
    expect(ds[0]).toEqual({
      code: 'citation-order',
      severity: 'warning',
      message: 'Citation [2] is out of order: [1] “Besluit 1”, numbered before it, is never cited. References should be numbered in order of first citation.',
      data: { number: 2, expected: 1, cause: 'never-cited', skipped: { number: 1, title: 'Besluit 1' } },
      range: line1(5, 8),
      fixes: ['renumber-by-first-use'],
    });
    expect(codes(ds)).toEqual(['citation-order', 'reference-uncited']);
  });

  it('citation-order: repeated and out-of-order repeats are fine once first uses are in order', () => {
    expect(check({ body: '[0][1][2] [2][0][1][1]', references: refs(3) })).toEqual([]);
  });

  it('citation-order: follows the numbers, so a shuffled list is only a numbering problem', () => {
    expect(codes(check({ body: '[0][1][2]', references: refs(3).reverse() }))).toEqual(['reference-numbering']);
  });

  it('citation-malformed: a warning at the text', () => {
    expect(check({ body: 'zie [ 0] en [0]', references: refs(1) })).toMatchObject([
      {
        code: 'citation-malformed',
        severity: 'warning',
        message: '“[ 0]” is not a valid citation. No spaces inside the brackets: write [0].',
        range: line1(5, 9),
        fixes: [],
      },
    ]);
  });

  it('orders body problems by position', () => {
    const ds = check({ body: '[1] [ 3] [0] [9]', references: refs(2) });
    expect(ds.map((d) => [d.code, d.range?.startColumn])).toEqual([
      ['citation-order', 1],
      ['citation-malformed', 5],
      ['citation-missing-reference', 14],
    ]);
  });
});

describe('checkSection: the reference list', () => {
  it('reference-uncited', () => {
    expect(check({ body: '[0][1]', references: refs(3) })).toMatchObject([
      { code: 'reference-uncited', severity: 'warning', message: 'Reference [2] “Besluit 2” is never cited in the text.', referenceIndex: 2, fixes: ['remove-reference'] },
    ]);
  });

  it('reference-numbering: a gap, reported once at the first entry out of sequence', () => {
    const references = refs(3);
    references[2] = { ...references[2], number: 3 };
    expect(check({ body: '[0][1][3]', references })).toMatchObject([
      {
        code: 'reference-numbering',
        severity: 'error',
        message: 'Entry 3 of the reference list is numbered [3]; expected [2]. Numbers must run 0, 1, 2, … in list order without gaps or repeats.',
        referenceIndex: 2,
        fixes: ['renumber-by-first-use'],
      },
    ]);
  });

  it('reference-numbering: a repeated number, counting the entries out of sequence', () => {
    const references = [...refs(2), ref(1, 'Besluit x', '2021-04-01'), ref(2, 'Besluit y', '2021-04-02')];
    expect(check({ body: '[0][1][2]', references })).toMatchObject([
      {
        code: 'reference-numbering',
        severity: 'error',
        message:
          'Entry 3 of the reference list repeats the number [1] of an earlier entry; expected [2]. Numbers must run 0, 1, 2, … in list order without gaps or repeats. 2 entries are out of sequence.',
        referenceIndex: 2,
        fixes: ['renumber-by-first-use'],
      },
    ]);
  });

  it('reference-duplicate: same title and date, naming the earlier number', () => {
    const references = [ref(0, 'Besluit A', '2021-03-10'), ref(1, 'Besluit A', '2021-03-10', { url: link('Besluit A', '2021-03-10', '11:00') })];
    expect(check({ body: '[0][1]', references })).toMatchObject([
      {
        code: 'reference-duplicate',
        severity: 'warning',
        message: 'Reference [1] “Besluit A” duplicates [0] (same title and date).',
        referenceIndex: 1,
        fixes: ['merge-duplicates'],
      },
    ]);
    references[1] = ref(1, 'Besluit A', '2021-03-10');
    expect(check({ body: '[0][1]', references })[0].message).toBe('Reference [1] “Besluit A” duplicates [0] (same title, date and link).');
  });

  it('reference-duplicate: same link', () => {
    const references = [ref(0, 'Besluit A', '2021-03-10'), ref(1, 'Besluit B', '2021-03-10', { url: link('Besluit A', '2021-03-10') })];
    const ds = check({ body: '[0][1]', references });
    expect(codes(ds)).toEqual(['reference-link-mismatch', 'reference-duplicate']);
    expect(ds[1].message).toBe('Reference [1] “Besluit B” duplicates [0] (same link).');
  });

  it('reference-empty-title: an error; with its link named, removable when uncited, and chosen from the library when it has no link', () => {
    expect(check({ body: '[0]', references: [{ number: 0, title: '', date: '2020-07-10' }] })).toMatchObject([
      { code: 'reference-empty-title', severity: 'error', message: 'Reference [0] has no title.', referenceIndex: 0, fixes: ['choose-from-library'] },
      { code: 'reference-no-link', severity: 'info', message: 'Reference [0] has no link to the decisions database.', referenceIndex: 0, fixes: [] },
    ]);
    const withLink = [{ number: 0, title: ' ', date: '2021-03-10', url: link('Besluit A', '2021-03-10') }];
    expect(check({ body: '', references: withLink })).toMatchObject([
      { code: 'reference-empty-title', severity: 'error', message: 'Reference [0] has no title. Its link names “Besluit A”.', referenceIndex: 0, fixes: ['remove-reference'] },
      { code: 'reference-uncited', severity: 'warning', message: 'Reference [0] is never cited in the text.', referenceIndex: 0, fixes: ['remove-reference'] },
    ]);
  });

  it('reference-no-link: info, with a link to build from title and date', () => {
    expect(check({ body: '[0]', references: [{ number: 0, title: 'Besluit A', date: '2021-03-10' }] })).toMatchObject([
      { code: 'reference-no-link', severity: 'info', message: 'Reference [0] “Besluit A” has no link to the decisions database.', referenceIndex: 0, fixes: ['rebuild-link'] },
    ]);
  });

  it('reference-link-mismatch: says which of title and date differ', () => {
    const references = [ref(0, 'Besluit B', '2021-03-11', { url: link('Besluit A', '2021-03-10') })];
    expect(check({ body: '[0]', references })).toMatchObject([
      {
        code: 'reference-link-mismatch',
        severity: 'error',
        message:
          'The link of reference [0] “Besluit B” does not match it: the link’s title is “Besluit A”, the entry’s is “Besluit B”; the link’s date is 10 March 2021, the entry’s is 11 March 2021.',
        referenceIndex: 0,
        fixes: ['rebuild-link'],
      },
    ]);
  });

  it('reference-link-mismatch: a link that is not canonical, or whose start and end differ', () => {
    const title = "Projectoproep 'Flanders is a festival'";
    const canonical = link(title, '2021-03-26');
    const loose = canonical.replaceAll('%27', "'");
    expect(check({ body: '[0]', references: [ref(0, title, '2021-03-26', { url: loose })] })).toMatchObject([
      {
        code: 'reference-link-mismatch',
        severity: 'error',
        message: `The link of reference [0] “${title}” does not match it: title and date agree, but the link is not written in the canonical encoding.`,
        referenceIndex: 0,
        fixes: ['rebuild-link'],
      },
    ]);
    const stretched = canonical.replace(/endDate=.*$/, 'endDate=2021-03-27T09%3A00%3A00Z');
    expect(check({ body: '[0]', references: [ref(0, title, '2021-03-26', { url: stretched })] })[0].message).toBe(
      `The link of reference [0] “${title}” does not match it: the link’s start (2021-03-26T09:00:00Z) and end (2021-03-27T09:00:00Z) differ.`,
    );
  });

  it('a link elsewhere is information, not a mismatch', () => {
    expect(check({ body: '[0]', references: [ref(0, 'Besluit A', '2021-03-10', { url: 'https://example.org/besluit?id=1' })] })).toMatchObject([
      {
        code: 'reference-external-link',
        severity: 'info',
        message: 'Reference [0] “Besluit A” links to example.org, not to the decisions database.',
        referenceIndex: 0,
        fixes: [],
      },
    ]);
  });

  it('reference-date-invalid: not a calendar date, or not YYYY-MM-DD; the link date is not reported twice', () => {
    const references = [ref(0, 'Besluit A', '2021-02-30', { url: link('Besluit A', '2021-02-28') }), { number: 1, title: 'Besluit B', date: '2021-3-1' }];
    expect(check({ body: '[0][1]', references })).toMatchObject([
      {
        code: 'reference-date-invalid',
        severity: 'warning',
        message: 'Reference [0] “Besluit A”: the date “2021-02-30” is not a real calendar date. Its link says 28 February 2021.',
        referenceIndex: 0,
        fixes: [],
      },
      {
        code: 'reference-date-invalid',
        severity: 'warning',
        message: 'Reference [1] “Besluit B”: the date “2021-3-1” is not written as YYYY-MM-DD.',
        referenceIndex: 1,
        fixes: [],
      },
      { code: 'reference-no-link', severity: 'info', message: 'Reference [1] “Besluit B” has no link to the decisions database.', referenceIndex: 1, fixes: [] },
    ]);
  });

  it('reference-date-future: compared with the given today', () => {
    expect(check({ body: '[0]', references: refs(1), today: '2021-03-01' })).toMatchObject([
      {
        code: 'reference-date-future',
        severity: 'warning',
        message: 'Reference [0] “Besluit 0” is dated 10 March 2021, which is after today (1 March 2021).',
        referenceIndex: 0,
        fixes: [],
      },
    ]);
  });

  it('reference-date-future: defaults to the real today', () => {
    const ds = checkSection({ body: '[0]', references: [ref(0, 'Besluit A', '2999-01-01')] });
    expect(codes(ds)).toEqual(['reference-date-future']);
  });

  it('reference-date-outside-term: after the end, or uncited before the start', () => {
    const references = [ref(0, 'Besluit A', '2024-10-15'), ref(1, 'Besluit B', '2019-05-01')];
    expect(check({ body: '[0]', references, termStart: '2019-10-02', termEnd: '2024-09-30' })).toMatchObject([
      {
        code: 'reference-date-outside-term',
        severity: 'warning',
        message: 'Reference [0] “Besluit A” is dated 15 October 2024, outside the government’s term (2 October 2019 to 30 September 2024).',
        referenceIndex: 0,
        fixes: [],
      },
      {
        code: 'reference-date-outside-term',
        severity: 'warning',
        message: 'Reference [1] “Besluit B” is dated 1 May 2019, outside the government’s term (2 October 2019 to 30 September 2024).',
        referenceIndex: 1,
        fixes: [],
      },
      expect.objectContaining({ code: 'reference-uncited', referenceIndex: 1 }),
    ]);
    expect(check({ body: '[0][1]', references, termEnd: '2024-09-30' }).map((d) => d.message)).toEqual([
      'Reference [0] “Besluit A” is dated 15 October 2024, outside the government’s term (until 30 September 2024).',
    ]);
  });

  it('ignores a term bound that is not a date', () => {
    expect(check({ body: '[0]', references: [ref(0, 'Besluit A', '2010-01-01')], termStart: 'onbekend', termEnd: '' })).toEqual([]);
  });

  it('lists an entry’s problems together, entries in list order', () => {
    const references = [{ number: 0, title: '', date: '2021-13-01' }, ref(1, 'Besluit B', '2021-03-10')];
    const ds = check({ body: '[1]', references });
    expect(ds[0].code).toBe('citation-order');
    expect(ds.slice(1).map((d) => [d.referenceIndex, d.code])).toEqual([
      [0, 'reference-empty-title'],
      [0, 'reference-date-invalid'],
      [0, 'reference-no-link'],
      [0, 'reference-uncited'],
    ]);
  });
});
