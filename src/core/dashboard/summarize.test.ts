import { describe, expect, it } from 'vitest';
import type { DashboardSectionInput } from './summarize';
import { summarizeProject, TOP_LEVEL_DOMAIN } from './summarize';

const none = { error: 0, warning: 0, info: 0 };
const section = (over: Partial<DashboardSectionInput> & { id: string }): DashboardSectionInput => ({
  path: ['Bestuurzaken'],
  name: over.id,
  verdict: 'not-rated',
  references: [],
  citedNumbers: [],
  problems: none,
  ...over,
});

describe('summarizeProject', () => {
  it('counts verdicts across the project and per domain, with the sections behind each count', () => {
    const data = summarizeProject([
      section({ id: 'a', verdict: 'kept' }),
      section({ id: 'b', verdict: 'kept', path: ['Brussel'] }),
      section({ id: 'c', verdict: 'broken', path: ['Brussel', 'Media'] }),
      section({ id: 'd', path: [] }),
    ]);
    expect(data.sectionCount).toBe(4);
    expect(data.counts.kept).toBe(2);
    expect(data.counts.broken).toBe(1);
    expect(data.counts['not-rated']).toBe(1);
    expect(data.sectionIdsByVerdict.kept).toEqual(['a', 'b']);
    expect(data.domains.map((d) => [d.domain, d.total])).toEqual([
      [TOP_LEVEL_DOMAIN, 1],
      ['Bestuurzaken', 1],
      ['Brussel', 2],
    ]);
    expect(data.domains[2].sectionIdsByVerdict.broken).toEqual(['c']);
  });

  it('lists sections with problems, most errors first', () => {
    const data = summarizeProject([
      section({ id: 'quiet' }),
      section({ id: 'warn', problems: { error: 0, warning: 3, info: 0 } }),
      section({ id: 'err', problems: { error: 1, warning: 0, info: 0 } }),
    ]);
    expect(data.problems.map((p) => p.sectionId)).toEqual(['err', 'warn']);
  });

  it('counts cited decisions per year, ignoring uncited references and unreadable dates', () => {
    const data = summarizeProject([
      section({
        id: 'a',
        references: [
          { number: 0, date: '2020-03-01' },
          { number: 1, date: '2021-05-05' },
          { number: 2, date: '2021-06-06' },
          { number: 3, date: 'onbekend' },
        ],
        citedNumbers: [0, 1, 3],
      }),
      section({ id: 'b', references: [{ number: 0, date: '2021-01-01' }], citedNumbers: [0, 0] }),
    ]);
    expect(data.citedPerYear).toEqual([
      { year: '2020', count: 1, sectionIds: ['a'] },
      { year: '2021', count: 2, sectionIds: ['a', 'b'] },
    ]);
  });
});
