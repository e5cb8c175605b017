import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARK_END, MARK_START, markMatches, snippetOf } from './highlight';
import { kthLargest, searchLibrary } from './library-search';
import { SearchIndex } from './search-index';
import { fixtureDocs, indexOf } from './testing';

const DECISIONS = resolve(__dirname, '../../../../shared/fixtures/decisions/decisions-sample.jsonl');

const library = indexOf([
  { title: 'Optimalisatie van de zorgtoeslag', text: 'De zorgtoeslag wordt sneller toegekend.', date: '2022-01-01' },
  { title: 'Kinderbijslag en groeipakket', text: 'Wijziging van het groeipakket.', date: '2021-01-01' },
  { title: 'Automatische toekenning van rechten', text: 'Rechten worden automatisch toegekend aan gezinnen.', date: '2020-06-01' },
  { title: 'Advies van de Raad van State', text: 'De Raad van State geeft advies over het decreet.', date: '2023-03-03' },
  { title: 'Raad van bestuur', text: 'Een nieuwe staat van de raad.', date: '2023-02-02' },
  { title: 'Zorg en welzijn', text: 'Beleid rond zorg en welzijn in Vlaanderen.', date: '2020-01-01' },
  { title: 'Zorg', text: 'Kort.', date: '2019-12-01' },
]);
const titles = (q: string, opts: { from?: string; to?: string; compounds?: boolean } = {}) =>
  searchLibrary(library, q, { top: 20, ...opts }).ranked.map((r) => library.titles[r.doc]);

describe('searchLibrary', () => {
  it('finds inflected forms and ranks documents with more and rarer terms first', () => {
    expect(titles('zorgtoeslagen')).toEqual(['Optimalisatie van de zorgtoeslag']);
    expect(titles('zorg welzijn')[0]).toBe('Zorg en welzijn');
  });

  it('puts an exact title first, then the same words, then a title phrase', () => {
    expect(titles('Zorg')[0]).toBe('Zorg');
    expect(titles('zorg')[0]).toBe('Zorg'); // case and accents do not matter for "exact"
    expect(titles('Raad van State')[0]).toBe('Advies van de Raad van State');
  });

  it('matches compounds by their parts, and unknown compounds by theirs', () => {
    expect(titles('toeslag')).toEqual(['Optimalisatie van de zorgtoeslag']);
    expect(titles('toeslag', { compounds: false })).toEqual([]);
    expect(titles('rechtentoekenning')[0]).toBe('Automatische toekenning van rechten');
    expect(titles('rechtentoekenning', { compounds: false })).toEqual([]);
  });

  it('reads phrases, OR and minus as a person expects', () => {
    expect(titles('"raad van state"')).toEqual(['Advies van de Raad van State']);
    expect(titles('"bestuur raad"')).toEqual([]);
    expect(titles('raad -bestuur')).toEqual(['Advies van de Raad van State']);
    expect(titles('raad -"raad van state"')).toEqual(['Raad van bestuur']);
    expect(titles('zorgtoeslag OR kinderbijslag').sort()).toEqual(['Kinderbijslag en groeipakket', 'Optimalisatie van de zorgtoeslag']);
    expect(titles('-zorg').length).toBe(library.size - 2); // only a minus: everything else, newest first
  });

  it('matches the word being typed as a prefix', () => {
    expect(titles('groe')).toEqual(['Kinderbijslag en groeipakket']);
    expect(titles('groe ')).toEqual([]);
  });

  it('filters on dates, leaving undated decisions out when a bound is set', () => {
    expect(titles('raad', { from: '2023-03-01' })).toEqual(['Advies van de Raad van State']);
    const undated = indexOf([{ title: 'Zorg', date: null }]);
    expect(searchLibrary(undated, 'zorg', { top: 5, to: '2030-01-01' }).total).toBe(0);
  });

  it('counts every match but orders only the best ones, ties newest first', () => {
    const many = indexOf(Array.from({ length: 50 }, (_, i) => ({ title: `Besluit ${i}`, text: 'subsidie', date: `2020-01-${String((i % 10) + 10)}` })));
    const r = searchLibrary(many, 'subsidie', { top: 6 });
    expect(r.total).toBe(50);
    expect(r.ranked.map((x) => many.dates[x.doc])).toEqual(['2020-01-19', '2020-01-19', '2020-01-19', '2020-01-19', '2020-01-19', '2020-01-18']);
    expect(r.ranked.slice(0, 5).map((x) => many.keys[x.doc])).toEqual([50, 40, 30, 20, 10]);
  });

  it('marks matched words in titles and snippets, by term', () => {
    const r = searchLibrary(library, 'zorgtoeslagen', { top: 1 });
    expect(markMatches(library, 'Optimalisatie van de zorgtoeslag', r.matchTerms)).toBe(`Optimalisatie van de ${MARK_START}zorgtoeslag${MARK_END}`);
    const long = `${'woord '.repeat(60)}de zorgtoeslag hier ${'einde '.repeat(60)}`;
    const snip = snippetOf(library, long, r.matchTerms);
    expect(snip.startsWith('…') && snip.endsWith('…')).toBe(true);
    expect(snip).toContain(`${MARK_START}zorgtoeslag${MARK_END}`);
  });
});

describe.skipIf(!existsSync(DECISIONS))('on the 502 fixture decisions', () => {
  const docs = fixtureDocs(existsSync(DECISIONS) ? readFileSync(DECISIONS, 'utf8') : '');
  const index = new SearchIndex(docs);

  it('finds every decision with a unique title first when its exact title is searched', () => {
    const counts = new Map<string, number>();
    for (const d of docs) if (d.title) counts.set(d.title, (counts.get(d.title) ?? 0) + 1);
    const unique = docs.filter((d) => d.title && counts.get(d.title) === 1);
    expect(unique.length).toBeGreaterThan(400);
    const missed = unique.filter((d) => index.keys[searchLibrary(index, d.title, { top: 1 }).ranked[0]?.doc ?? -1] !== d.key);
    expect(missed.map((d) => d.title)).toEqual([]);
  });

  it('answers the wording of issue 8', () => {
    const top = (q: string) => searchLibrary(index, q, { top: 5 }).ranked.map((r) => docs[r.doc].title);
    expect(top('zorgtoeslagen')[0]).toMatch(/zorgtoeslag/i);
    expect(searchLibrary(index, 'zorgtoeslagen', { top: 50 }).total).toBeGreaterThanOrEqual(searchLibrary(index, 'zorgtoeslag', { top: 50 }).total);
    expect(top('automatische rechtentoekenning').length).toBeGreaterThan(0);
    expect(top('internationale communicatie Vlaanderen').length).toBeGreaterThan(0);
    expect(top('Stuurorg')[0]).toMatch(/Stuurorgaan/);
  });
});

describe('kthLargest', () => {
  it('is the value the k-th place of a descending sort holds', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const n of [1, 2, 5, 50, 1000]) {
      // Ties included: scores of a broad query repeat.
      const values = Float64Array.from({ length: n }, () => Math.floor(random() * n) / 3);
      const sorted = [...values].sort((a, b) => b - a);
      for (const k of [1, 2, Math.ceil(n / 2), n]) if (k <= n) expect(kthLargest(values, k), `n ${n}, k ${k}`).toBe(sorted[k - 1]);
    }
  });
});
