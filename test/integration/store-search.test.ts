// The decision library: upsert without duplicates, and ranked search that is
// diacritic- and case-insensitive, Dutch-aware and cannot be broken by what a person types.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProjectStore } from '../../src/main/backend/store';
import type { DecisionRecord, ProjectStore } from '../../src/main/backend/store';
import { LIMITS } from '../../src/shared/limits';
import { appError, decision, tempDir } from './store-test-kit';

let dir: string;
let file: string;
let store: ProjectStore;

beforeEach(() => {
  dir = tempDir();
  file = path.join(dir, 'p.pwb');
  store = createProjectStore(file, { name: 'P' });
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const rec = (over: Partial<DecisionRecord>): DecisionRecord => ({ id: null, date: '2021-01-01', meetingStart: null, title: '', url: null, text: '', ...over });
const titles = (query: Parameters<ProjectStore['searchDecisions']>[0]) => store.searchDecisions(query).hits.map((h) => h.title);

/** FTS5's own check that the external-content index matches the table. */
function ftsIntact(): void {
  const db = new Database(file);
  db.prepare("INSERT INTO decisions_fts (decisions_fts, rank) VALUES ('integrity-check', 1)").run();
  db.close();
}

describe('upsertDecisions', () => {
  it('inserts, then updates by id instead of duplicating', () => {
    expect(store.upsertDecisions([decision(1), decision(2)])).toEqual({ inserted: 2, updated: 0 });
    expect(store.upsertDecisions([decision(1), decision(2)])).toEqual({ inserted: 0, updated: 0 });
    expect(store.upsertDecisions([decision(1, { title: 'Nieuwe titel' })])).toEqual({ inserted: 0, updated: 1 });
    expect(store.decisionCount()).toBe(2);
    expect(titles({ query: 'nieuwe' })).toEqual(['Nieuwe titel']);
    expect(titles({ query: 'nummer' })).toEqual(['Besluit nummer 2 over onderwijs']);
    ftsIntact();
  });

  it('keeps untitled decisions of unknown meetings apart by their text', () => {
    const a = rec({ text: 'Programmatie van structuuronderdelen in het buitengewoon onderwijs' });
    const b = rec({ text: 'Subsidie aan de culturele sector' });
    expect(store.upsertDecisions([a, b])).toEqual({ inserted: 2, updated: 0 });
    expect(store.upsertDecisions([a, b])).toEqual({ inserted: 0, updated: 0 });
    expect(store.decisionCount()).toBe(2);
    ftsIntact();
  });

  it('matches records without id on title + meeting start, and gives an id-less row its id later', () => {
    // (Texts are not "eerste/tweede/derde": those are Dutch stop words, which search skips.)
    const noId = rec({ title: 'Benoeming', meetingStart: '2021-01-01T09:00:00Z', text: 'ontwerp' });
    expect(store.upsertDecisions([noId, { ...noId, meetingStart: '2021-02-05T09:00:00Z' }])).toEqual({ inserted: 2, updated: 0 });
    expect(store.upsertDecisions([{ ...noId, text: 'herziening' }])).toEqual({ inserted: 0, updated: 1 });
    expect(store.upsertDecisions([{ ...noId, id: 'ABC', text: 'eindversie' }])).toEqual({ inserted: 0, updated: 1 });
    expect(store.upsertDecisions([{ ...noId, id: 'ABC', url: 'https://x', text: 'eindversie' }])).toEqual({ inserted: 0, updated: 1 });
    expect(store.decisionCount()).toBe(2);
    const hit = store.searchDecisions({ query: 'eindversie' }).hits[0];
    expect(hit).toMatchObject({ id: 'ABC', url: 'https://x', meetingStart: '2021-01-01T09:00:00Z', text: 'eindversie' });
    // Null meeting starts match each other; a record without facts does not erase known ones.
    store.upsertDecisions([rec({ title: 'Zonder start', date: '2020-05-05', url: 'https://y' }), rec({ title: 'Zonder start', date: null })]);
    expect(store.searchDecisions({ query: 'zonder start' }).hits.map((h) => [h.date, h.url])).toEqual([['2020-05-05', 'https://y']]);
    ftsIntact();
  });

  it('deduplicates within one batch and runs it as one transaction', async () => {
    expect(store.upsertDecisions([decision(1), decision(1, { text: 'later' })])).toEqual({ inserted: 1, updated: 1 });
    const err = await appError(() => store.upsertDecisions([decision(5), { ...decision(6), title: 7 as never }]));
    expect(err.code).toBe('bad-request');
    expect(store.decisionCount()).toBe(1);
  });

  it('accepts null titles and texts as empty, and drops highlight marker characters', () => {
    store.upsertDecisions([{ id: 'N', date: null, meetingStart: null, title: null as never, url: null, text: 'a\u0002b\u0003c' }]);
    expect(store.getDecision(1)).toMatchObject({ title: '', text: 'abc' });
  });

  it('getDecision, decisionsByUrl and decisionCount', async () => {
    store.upsertDecisions([decision(1), decision(2), rec({ title: 'same url', url: decision(1).url })]);
    expect(store.getDecision(2)).toEqual({ key: 2, ...decision(2) });
    expect(store.getDecision(99)).toBeNull();
    const found = store.decisionsByUrl([decision(1).url!, decision(1).url!, 'https://nowhere', decision(2).url!]);
    expect(Object.keys(found).sort()).toEqual([decision(1).url, decision(2).url].sort());
    expect(found[decision(1).url!].key).toBe(1);
    expect(store.decisionsByUrl([])).toEqual({});
    const many = Array.from({ length: 1200 }, (_, i) => `https://example.org/decision/${i}`);
    expect(Object.keys(store.decisionsByUrl(many))).toHaveLength(2);
    expect(store.decisionCount()).toBe(3);
    expect((await appError(() => store.getDecision(1.5))).code).toBe('bad-request');
  });
});

describe('searchDecisions', () => {
  beforeEach(() => {
    store.upsertDecisions([
      rec({ title: 'Vláams beleid', text: 'over België en Brussel', date: '2020-03-01' }),
      rec({ title: 'Begroting', text: 'Het VLAAMS parlement keurt de begroting goed', date: '2022-06-01' }),
      rec({ title: 'Het M-decreet', text: 'afschaffing van het M-decreet', date: '2019-11-08' }),
      rec({ title: 'Onderwijs', text: 'leerlingen, scholen; 2023-2024', date: '2023-09-01' }),
      rec({ title: 'Zonder datum', text: 'Brussel', date: null }),
    ]);
  });

  it('ignores diacritics and case', () => {
    expect(titles({ query: 'Vlaams' }).sort()).toEqual(['Begroting', 'Vláams beleid']);
    expect(titles({ query: 'vláams' }).sort()).toEqual(['Begroting', 'Vláams beleid']);
    expect(titles({ query: 'belgie' })).toEqual(['Vláams beleid']);
    expect(titles({ query: 'BELGIË' })).toEqual(['Vláams beleid']);
    expect(titles({ query: 'Belgie\u0308' })).toEqual(['Vláams beleid']);
  });

  // Was "all terms must match": since issue 8 any term may match, and decisions that
  // match more (and rarer) terms come first.
  it('matches any term, more terms first, the last one also as a prefix', () => {
    expect(titles({ query: 'vlaams brus' })[0]).toBe('Vláams beleid');
    expect(titles({ query: 'vlaams brus' }).sort()).toEqual(['Begroting', 'Vláams beleid', 'Zonder datum']);
    expect(titles({ query: 'bru' }).sort()).toEqual(['Vláams beleid', 'Zonder datum']);
    expect(titles({ query: 'bru ' })).toEqual([]); // a finished word is not a prefix
    expect(titles({ query: 'm-decreet' })).toEqual(['Het M-decreet']);
    expect(titles({ query: '2023-2024' })).toEqual(['Onderwijs']);
  });

  it('never lets search syntax through: quotes, NEAR(, *, -, parentheses, columns', () => {
    const hostile = ['"', '""', '"vlaams', 'vlaams"', 'NEAR(', 'NEAR(vlaams belgie', '*', '**', '-', '- vlaams', 'vlaams -belgie', '(', ')', '((vlaams',
      'vlaams OR', 'AND', 'OR NOT', 'title:', '{title}: vlaams', 'title:vlaams', '^vlaams', '+', ':', 'vlaams*', '\\', "'", "vlaams'", 'a AND (',
      'NEAR("a" "b", 2)', '\u0000', '\u0002', 'x'.repeat(900), 'vlaams '.repeat(100)];
    for (const query of hostile) {
      expect(() => store.searchDecisions({ query }), query).not.toThrow();
    }
    expect(titles({ query: '"vlaams' }).sort()).toEqual(['Begroting', 'Vláams beleid']); // an open quote closes at the end
    expect(titles({ query: '(vlaams) belgie' })[0]).toBe('Vláams beleid');
    expect(titles({ query: 'NEAR(vlaams belgie' })[0]).toBe('Vláams beleid'); // NEAR is a word like any other
    expect(titles({ query: 'vlaams -belgie' })).toEqual(['Begroting']); // since issue 8 a minus leaves a word out
    expect(titles({ query: '* ( vlaams )' }).sort()).toEqual(['Begroting', 'Vláams beleid']);
    expect(titles({ query: '{title}: vlaams' }).sort()).toEqual(['Begroting', 'Vláams beleid']); // "title" is a word nobody wrote
    expect(store.searchDecisions({ query: '*' }).total).toBe(5);
  });

  it('ranks with bm25, a title match above a text match, and marks matches', () => {
    const r = store.searchDecisions({ query: 'vlaams' });
    expect(r.total).toBe(2);
    expect(r.hits.map((h) => h.title)).toEqual(['Vláams beleid', 'Begroting']);
    expect(r.hits[0].rank).toBeGreaterThan(r.hits[1].rank);
    expect(r.hits[0].titleSnippet).toBe('\u0002Vláams\u0003 beleid');
    expect(r.hits[1].textSnippet).toBe('Het \u0002VLAAMS\u0003 parlement keurt de begroting goed');
    expect(r.hits[1].titleSnippet).toBe('Begroting');
    expect(r.tookMs).toBeGreaterThanOrEqual(0);
  });

  it('filters on a date range (inclusive); an empty query lists by date, newest first', () => {
    expect(titles({ query: 'vlaams', from: '2021-01-01' })).toEqual(['Begroting']);
    expect(titles({ query: 'vlaams', to: '2020-03-01' })).toEqual(['Vláams beleid']);
    expect(titles({ query: '', from: '2020-03-01', to: '2022-06-01' })).toEqual(['Begroting', 'Vláams beleid']);
    const all = store.searchDecisions({ query: '' });
    expect(all.total).toBe(5);
    expect(all.hits.map((h) => h.date)).toEqual(['2023-09-01', '2022-06-01', '2020-03-01', '2019-11-08', null]);
    expect(all.hits[0]).toMatchObject({ titleSnippet: 'Onderwijs', textSnippet: 'leerlingen, scholen; 2023-2024', rank: 0 });
  });

  it('pages with limit and offset and reports the total', () => {
    const page = store.searchDecisions({ query: '', limit: 2, offset: 2 });
    expect(page.total).toBe(5);
    expect(page.hits.map((h) => h.title)).toEqual(['Vláams beleid', 'Het M-decreet']);
    expect(store.searchDecisions({ query: 'vlaams', offset: 5 }).hits).toEqual([]);
  });

  it('refuses malformed queries with bad-request', async () => {
    for (const q of [{ query: 'x', from: '2020' }, { query: 'x', to: 'tomorrow' }, { query: 'x', limit: 0 }, { query: 'x', limit: LIMITS.searchResults + 1 }, { query: 'x', offset: -1 }, { query: 5 as never }]) {
      expect((await appError(() => store.searchDecisions(q))).code).toBe('bad-request');
    }
  });
});

describe('broad queries', () => {
  it('count every match, rank them best first across pages, and reach each one once', () => {
    const n = 1300;
    store.upsertDecisions(Array.from({ length: n }, (_, i) => decision(i, { text: `gemeenschappelijk ${'woord '.repeat(i % 5)}` })));
    const seen = new Set<number>();
    let ranks: number[] = [];
    for (let offset = 0; offset < n + 200; offset += 200) {
      const r = store.searchDecisions({ query: 'gemeenschappelijk', limit: 200, offset });
      expect(r.total).toBe(n);
      r.hits.forEach((h) => seen.add(h.key));
      ranks = ranks.concat(r.hits.map((h) => h.rank));
    }
    expect(seen.size).toBe(n);
    expect(ranks).toHaveLength(n);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });
});

describe('the index built in slices (docs/adr/0024)', () => {
  const many = (from: number, n: number) =>
    Array.from({ length: n }, (_, i) => decision(from + i, { title: `Besluit ${from + i} over ${['onderwijs', 'zorgtoeslag', 'cultuur'][i % 3]}` }));
  /** Everything a ranking reads from the index, as one value. */
  const shape = (s: ProjectStore) => {
    const index = s.decisionIndex();
    const postings: number[] = [];
    for (let t = 0; t < index.terms.length; t++) index.forEachPosting(t, (d, a, b) => postings.push(t, d, a, b));
    return { keys: [...index.keys], terms: index.terms, postings, titles: index.titles };
  };

  it('builds, slice by slice, exactly what one pass builds', () => {
    store.upsertDecisions(many(1, 650));
    let slices = 1;
    while (!store.indexDecisions(0)) slices++;
    // A page of rows at least per slice, then the tables queries use, one per slice.
    expect(slices).toBeGreaterThanOrEqual(4);
    const sliced = shape(store);
    const other = createProjectStore(path.join(dir, 'q.pwb'), { name: 'Q' });
    try {
      other.upsertDecisions(many(1, 650));
      expect(sliced).toEqual(shape(other));
    } finally {
      other.close();
    }
  });

  it('starts over when decisions are written during the build', () => {
    store.upsertDecisions(many(1, 450));
    expect(store.indexDecisions(0)).toBe(false);
    store.upsertDecisions([decision(2, { title: 'Een nieuwe titel over mobiliteit' }), ...many(1000, 10)]);
    while (!store.indexDecisions(0));
    expect(store.decisionCount()).toBe(460);
    expect(titles({ query: 'mobiliteit' })).toEqual(['Een nieuwe titel over mobiliteit']);
    expect(titles({ query: 'Besluit 1005 over' })[0]).toBe('Besluit 1005 over cultuur');
  });

  it('forgets an index of a write that was rolled back', () => {
    store.upsertDecisions(many(1, 3));
    expect(() =>
      store.transaction(() => {
        store.upsertDecisions([decision(50, { title: 'Teruggedraaid besluit' })]);
        expect(titles({ query: 'teruggedraaid' })).toEqual(['Teruggedraaid besluit']);
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(titles({ query: 'teruggedraaid' })).toEqual([]);
    expect(store.decisionCount()).toBe(3);
  });
});

describe('the library without a query', () => {
  it('lists the same from the index as from the table: newest first, undated last, within a date range', () => {
    const dated = (n: number, date: string | null) => decision(n, { date, title: `Besluit ${n}` });
    store.upsertDecisions([dated(1, '2021-03-01'), dated(2, null), dated(3, '2021-03-01'), dated(4, '2019-12-31'), dated(5, '2022-07-15'), dated(6, null), dated(7, '2020-01-01')]);
    const queries = [
      { query: '' },
      { query: '  ', limit: 2, offset: 1 },
      { query: '', from: '2020-01-01' },
      { query: '-', to: '2021-03-01', limit: 2 },
      { query: '', from: '2021-01-01', to: '2021-12-31' },
      { query: '', offset: 6 },
    ];
    const listing = () => queries.map((q) => ({ total: store.searchDecisions(q).total, titles: titles(q) }));
    const fromTable = listing();
    expect(fromTable[0]).toEqual({ total: 7, titles: ['Besluit 5', 'Besluit 3', 'Besluit 1', 'Besluit 7', 'Besluit 4', 'Besluit 6', 'Besluit 2'] });
    while (!store.indexDecisions(Infinity));
    expect(listing()).toEqual(fromTable);
  });
});
