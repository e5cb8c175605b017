import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../format';
import { SearchIndex } from '../search/search-index';
import { fixtureDocs, indexOf } from '../search/testing';
import { sentencesOf, suggestEvidence } from './suggest';
import type { EvidenceSection } from './suggest';

const library = indexOf([
  { title: 'Open data decreet', text: 'De overheid stelt open data ter beschikking via API’s.', date: '2021-01-01' }, // 0
  { title: 'Opendataportaal en API-beleid', text: 'Een portaal met open data en API’s voor ontwikkelaars.', date: '2022-01-01' }, // 1
  { title: 'Kinderopvang: subsidies', text: 'Subsidies voor de kinderopvang van baby’s en peuters.', date: '2021-06-01' }, // 2
  { title: 'Kinderopvang: plaatsen', text: 'Meer plaatsen in de kinderopvang voor baby’s.', date: '2023-06-01' }, // 3
  { title: 'Wegenwerken', text: 'Onderhoud van gewestwegen.', date: '2021-03-01' }, // 4
  { title: 'Data en API’s in de kinderopvang', text: 'Gegevensdeling over kinderopvang met open data.', date: '2018-01-01' }, // 5
  // The rest of a library: decisions about other things, so that the words above are rare.
  ...['Benoeming', 'Begroting', 'Mestbank', 'Jachtdecreet', 'Visserij', 'Havens', 'Bossen', 'Sportclubs', 'Erfgoed', 'Musea', 'Scholen', 'Ziekenhuizen'].map(
    (title, i) => ({ title: `${title}: wijziging`, text: `Een besluit over ${title.toLowerCase()} in Vlaanderen.`, date: `2020-0${(i % 9) + 1}-01` }),
  ),
]);

const section: EvidenceSection = {
  path: ['Welzijn'],
  name: 'Data en kinderopvang',
  heading: 'Data en kinderopvang',
  agreement: '4.1 Data. [We stellen open data via API’s ter beschikking.] [We creëren meer plaatsen in de kinderopvang.]',
  body: 'De regering zorgde voor subsidies [1].',
};
const ask = (over: Partial<Parameters<typeof suggestEvidence>[1]> = {}) =>
  suggestEvidence(library, { section, cited: [], dismissed: [], from: 'all', limit: 10, ...over });
const docs = (r: { suggestions: { doc: number }[] }) => r.suggestions.map((s) => s.doc);

describe('suggestEvidence', () => {
  it('suggests what the commitments are about, and nothing unrelated', () => {
    const r = ask({ from: 'agreement' });
    expect(docs(r)).toEqual(expect.arrayContaining([0, 1, 3]));
    expect(docs(r)).not.toContain(4);
    expect(r.commitments.map((c) => c.text)).toEqual(['We stellen open data via API’s ter beschikking.', 'We creëren meer plaatsen in de kinderopvang.']);
    expect(r.commitments[0].suggestions[0].doc).toBe(0);
    expect(r.commitments[0].suggestions.map((s) => s.doc).slice(0, 3)).toEqual(expect.arrayContaining([1, 5]));
    expect(r.commitments[1].suggestions[0].doc).toBe(3);
    expect(r.commitments[1].suggestions[0].reasons).toEqual([{ kind: 'commitment', commitment: 1 }]);
  });

  it('never suggests cited, dismissed or filtered-out decisions', () => {
    const r = ask({ cited: [0], dismissed: [1], admit: (d) => library.dates[d]! >= '2019-10-02' });
    expect(docs(r)).not.toContain(0);
    expect(docs(r)).not.toContain(1);
    expect(docs(r)).not.toContain(5);
    for (const c of r.commitments) for (const s of c.suggestions) expect([0, 1, 5]).not.toContain(s.doc);
  });

  it('counts the cited decisions that support each commitment', () => {
    // Doc 2 is about childcare but shares only that one word with the second commitment.
    const r = ask({ cited: [0, 2, 3, 4] });
    expect(r.commitments[0].supporting).toEqual([0]);
    expect(r.commitments[1].supporting).toEqual([3]);
  });

  it('ranks decisions like the cited ones higher and says which one they resemble', () => {
    const before = docs(ask({ from: 'all' }));
    const after = ask({ cited: [2] });
    expect(docs(after).indexOf(3)).toBeLessThanOrEqual(before.indexOf(3));
    const three = after.suggestions.find((s) => s.doc === 3)!;
    expect(three.reasons).toContainEqual({ kind: 'cited', doc: 2 });
    expect(three.terms.map((t) => library.terms[t])).toContain('kinderopvang');
  });

  it('uses the body and the citations only with from: all', () => {
    const withBody = ask({ cited: [2], from: 'all' });
    const agreementOnly = ask({ cited: [2], from: 'agreement' });
    expect(withBody.suggestions.some((s) => s.reasons.some((r) => r.kind === 'cited' || r.kind === 'body'))).toBe(true);
    expect(agreementOnly.suggestions.some((s) => s.reasons.some((r) => r.kind === 'cited' || r.kind === 'body'))).toBe(false);
  });

  it('works without marked commitments, and on an empty section', () => {
    const r = ask({ section: { ...section, agreement: 'We creëren meer plaatsen in de kinderopvang voor alle baby’s.' } });
    expect(r.commitments).toEqual([]);
    expect(docs(r).slice(0, 2)).toContain(3);
    expect(r.suggestions.find((x) => x.doc === 3)!.reasons[0].kind).toBe('agreement');
    const empty = ask({ section: { path: [], name: 'x', heading: '', agreement: '', body: '' } });
    expect(empty).toEqual({ suggestions: [], commitments: [] });
  });
});

describe('sentencesOf', () => {
  it('drops the section number and joins short fragments', () => {
    expect(sentencesOf('3.2.2 HR Voor een excellente dienstverlening aan burgers. Kort. We werken aan een beter loopbaanbeleid voor talenten.')).toEqual([
      'HR Voor een excellente dienstverlening aan burgers.',
      'Kort. We werken aan een beter loopbaanbeleid voor talenten.',
    ]);
    expect(sentencesOf('')).toEqual([]);
  });
});

const FIXTURES = resolve(__dirname, '../../../../shared/fixtures');
describe.skipIf(!existsSync(FIXTURES))('on the fixtures', () => {
  it('finds cited decisions of a report from its agreement alone', () => {
    const lib = fixtureDocs(readFileSync(resolve(FIXTURES, 'decisions/decisions-sample.jsonl'), 'utf8'));
    const index = new SearchIndex(lib);
    const parsed = parseReport(readFileSync(resolve(FIXTURES, 'reports/Vlaamse rand/Extra maatregelen/Stand van de Rand.md'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const r = parsed.report;
    const byUrl = new Map(lib.map((d, i) => [d.url, i]));
    const cited = r.references.map((ref) => byUrl.get(ref.url ?? '')).filter((d): d is number => d !== undefined);
    const got = suggestEvidence(index, {
      section: { path: ['Vlaamse rand', 'Extra maatregelen'], name: 'Stand van de Rand', heading: r.heading, agreement: r.agreement, body: '' },
      cited: [],
      dismissed: [],
      from: 'agreement',
      limit: 20,
    });
    const found = cited.filter((d) => got.suggestions.some((s) => s.doc === d));
    expect(found.length / cited.length).toBeGreaterThanOrEqual(0.8);
  });
});
