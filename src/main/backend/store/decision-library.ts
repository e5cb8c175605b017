// The project's local library of government decisions: upsert and ranked search.
// Search runs over an in-memory index built by the core analyzer (docs/adr/0012). The
// schema's FTS5 table is still kept in step here, statement by statement, inside the
// caller's transaction (see 0001-initial), so files stay what earlier versions expect.
import { decisionIdentity } from '../../../core/evidence/identity';
import { IndexBuilder, listNewest, markMatches, SearchIndex, searchLibrary, snippetOf } from '../../../core/search';
import type { IndexDoc } from '../../../core/search';
import type { Decision, DecisionHit, SearchQuery, SearchResult } from '../../../shared/models';
import { decisionRuleProblem } from '../../../shared/content-checks';
import { LIMITS } from '../../../shared/limits';
import { AppException } from '../errors';
import type { Statements } from './statements';
import type { DecisionRecord } from './types';

interface DecisionRow {
  key: number;
  id: string | null;
  date: string | null;
  meeting_start: string | null;
  title: string;
  url: string | null;
  text: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const START = '\u0002';
const END = '\u0003';
const hasMarker = (s: string) => s.includes(START) || s.includes(END);
const unmark = (s: string) => (hasMarker(s) ? s.replaceAll(START, '').replaceAll(END, '') : s);
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A hit's `rank`: title tiers (see searchLibrary) outrank any BM25 score. */
const TIER_RANK = 1000;
/** Rows read per statement while indexing: a slice stops soon after its time is up. */
const INDEX_PAGE = 50;
/** Searches run once the index is built, to warm the code up. */
const WARM_SEARCHES = 6;

export class DecisionLibrary {
  /** Built from the table on first use (or in slices, see indexStep), dropped whenever a decision is written. */
  private index: SearchIndex | null = null;
  /** A build in slices under way: the builder and the last key it has read. */
  private building: { builder: IndexBuilder; lastKey: number | null } | null = null;
  private warmSearches = 0;

  constructor(private readonly sql: Statements) {}

  upsert(records: DecisionRecord[]): { inserted: number; updated: number } {
    if (!Array.isArray(records)) throw new AppException('bad-request', 'decisions must be a list');
    const clean = records.map(checkRecord);
    const byId = this.sql.get<DecisionRow>('SELECT * FROM decisions WHERE id = ?');
    const byTitleStart = this.sql.get<DecisionRow>('SELECT * FROM decisions WHERE title = ? AND meeting_start IS ? ORDER BY key LIMIT 1');
    // Without INDEXED BY the planner takes `id IS NULL` to the unique id index and
    // scans every id-less row for each record: quadratic on a large import.
    const byTitleStartNoId = this.sql.get<DecisionRow>(
      'SELECT * FROM decisions INDEXED BY decisions_without_id WHERE title = ? AND meeting_start IS ? AND id IS NULL ORDER BY key LIMIT 1',
    );
    // A record with no title is told apart by its text: title + meeting start would make
    // every untitled decision of an unknown meeting the same one.
    const byUntitledText = this.sql.get<DecisionRow>(
      "SELECT * FROM decisions WHERE title = '' AND meeting_start IS ? AND text = ? AND (id IS NULL OR ?) ORDER BY key LIMIT 1",
    );
    const insert = this.sql.get(
      'INSERT INTO decisions (id, date, meeting_start, title, url, text) VALUES (@id, @date, @meeting_start, @title, @url, @text)',
    );
    const update = this.sql.get(
      'UPDATE decisions SET id = @id, date = @date, meeting_start = @meeting_start, title = @title, url = @url, text = @text WHERE key = @key',
    );
    const ftsInsert = this.sql.get('INSERT INTO decisions_fts (rowid, title, text) VALUES (?, ?, ?)');
    const ftsDelete = this.sql.get(`INSERT INTO decisions_fts (decisions_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)`);

    let inserted = 0;
    let updated = 0;
    for (const r of clean) {
      const row =
        (r.id !== null ? byId.get(r.id) : undefined) ??
        (r.title === ''
          ? byUntitledText.get(r.meeting_start, r.text, r.id === null ? 1 : 0)
          : (r.id !== null ? byTitleStartNoId : byTitleStart).get(r.title, r.meeting_start));
      if (!row) {
        const key = Number(insert.run(r).lastInsertRowid);
        ftsInsert.run(key, r.title, r.text);
        inserted++;
        continue;
      }
      // Known facts are not erased by a record that lacks them (an export without ids, say).
      const next: DecisionRow = {
        key: row.key,
        id: r.id ?? row.id,
        date: r.date ?? row.date,
        meeting_start: r.meeting_start ?? row.meeting_start,
        title: r.title,
        url: r.url ?? row.url,
        text: r.text,
      };
      const same = (Object.keys(next) as (keyof DecisionRow)[]).every((k) => next[k] === row[k]);
      if (same) continue;
      update.run(next);
      if (next.title !== row.title || next.text !== row.text) {
        ftsDelete.run(row.key, row.title, row.text);
        ftsInsert.run(row.key, next.title, next.text);
      }
      updated++;
    }
    // Should the caller's transaction roll back after this, the next search merely rebuilds.
    if (inserted + updated > 0) this.forget();
    return { inserted, updated };
  }

  /** Drops the index (and a build under way): the table changed, or may have. */
  forget(): void {
    this.index = null;
    this.building = null;
  }

  /** The analysed library (see docs/adr/0012): what search and the evidence finder rank with. */
  searchIndex(): SearchIndex {
    // The tables queries make on first use stay lazy here: a one-off command needs few.
    this.indexStep(Infinity, false);
    return this.index!;
  }

  /**
   * Builds more of the index, for about `budgetMs`, and then the tables its queries use
   * (docs/adr/0024); true once everything is ready. Rows are read a page at a time in key
   * order, so slices taken between other calls build exactly what one pass would.
   */
  indexStep(budgetMs: number, prepare = true): boolean {
    const started = performance.now();
    const timeLeft = () => performance.now() - started < budgetMs;
    if (!this.index) {
      const state = (this.building ??= { builder: new IndexBuilder(), lastKey: null });
      const first = this.sql.get<IndexDoc>('SELECT key, date, title, text FROM decisions ORDER BY key LIMIT ?');
      const next = this.sql.get<IndexDoc>('SELECT key, date, title, text FROM decisions WHERE key > ? ORDER BY key LIMIT ?');
      for (;;) {
        const rows = state.lastKey === null ? first.all(INDEX_PAGE) : next.all(state.lastKey, INDEX_PAGE);
        for (const r of rows) state.builder.add(r);
        if (rows.length > 0) state.lastKey = rows[rows.length - 1].key;
        if (rows.length < INDEX_PAGE) break;
        if (!timeLeft()) return false;
      }
      this.index = new SearchIndex(state.builder);
      this.building = null;
      if (!timeLeft()) return false;
    }
    if (!prepare) return true;
    while (!this.index.prepare()) if (!timeLeft()) return false;
    // A few searches, one a slice, so that their code is compiled and optimised (and the
    // statements prepared) before a person's first search, which otherwise took tens of
    // milliseconds more than any later one.
    while (this.warmSearches < WARM_SEARCHES) {
      const title = this.index.titles[Math.floor((this.warmSearches * this.index.size) / WARM_SEARCHES)] ?? '';
      this.warmSearches++;
      // (An untitled decision warms up the listing without a query, which the library opens with.)
      this.search({ query: title.split(' ').slice(0, 3).join(' '), limit: 100 });
      if (!timeLeft()) return this.warmSearches === WARM_SEARCHES;
    }
    return true;
  }

  search(query: SearchQuery): SearchResult {
    const q = checkQuery(query);
    const started = performance.now();
    let total: number;
    let hits: DecisionHit[];
    if (!WORD_CHAR.test(q.query) && this.index) {
      // Listed from the index when it is there: SQLite sorts every row with its text.
      const index = this.index;
      const listed = listNewest(index, q);
      total = listed.total;
      const rows = this.byKeys(listed.docs.map((d) => index.keys[d]));
      hits = listed.docs.flatMap((d) => {
        const row = rows.get(index.keys[d]);
        return row ? [listedHit(row)] : [];
      });
    } else if (!WORD_CHAR.test(q.query)) {
      const ranged = q.from !== null || q.to !== null;
      const params = { from: q.from ?? '', to: q.to ?? '\uffff' };
      const where = ranged ? 'WHERE date >= @from AND date <= @to' : '';
      total = this.sql.get<{ n: number }>(`SELECT count(*) AS n FROM decisions ${where}`).get(params)!.n;
      const rows = this.sql
        .get<DecisionRow>(`SELECT * FROM decisions ${where} ORDER BY date DESC, key DESC LIMIT @limit OFFSET @offset`)
        .all({ ...params, limit: q.limit, offset: q.offset });
      hits = rows.map((r) => listedHit(toDecision(r)));
    } else {
      const index = this.searchIndex();
      const found = searchLibrary(index, q.query, { from: q.from, to: q.to, top: q.offset + q.limit });
      total = found.total;
      const page = found.ranked.slice(q.offset);
      const rows = this.byKeys(page.map((r) => index.keys[r.doc]));
      hits = page.flatMap((r) => {
        const row = rows.get(index.keys[r.doc]);
        return row ? [foundHit(index, row, found.matchTerms, r.tier * TIER_RANK + r.score)] : [];
      });
    }
    return { total, hits, tookMs: Math.round((performance.now() - started) * 1000) / 1000 };
  }

  /** Rows by key (missing keys are left out). */
  byKeys(keys: number[]): Map<number, Decision> {
    const out = new Map<number, Decision>();
    if (keys.length === 0) return out;
    const stmt = this.sql.get<DecisionRow>('SELECT * FROM decisions WHERE key IN (SELECT value FROM json_each(?))');
    for (let i = 0; i < keys.length; i += 500) {
      for (const row of stmt.all(JSON.stringify(keys.slice(i, i + 500)))) out.set(row.key, toDecision(row));
    }
    return out;
  }

  /** Library keys of decisions named by identity (`id:`, `url:`, `text:`; see decisionIdentity). */
  keysByIdentity(identities: string[]): Map<string, number> {
    const out = new Map<string, number>();
    const ids = identities.filter((i) => i.startsWith('id:')).map((i) => i.slice(3));
    const urls = identities.filter((i) => i.startsWith('url:')).map((i) => i.slice(4));
    const byId = this.sql.get<{ key: number; id: string }>('SELECT key, id FROM decisions WHERE id IN (SELECT value FROM json_each(?))');
    const byUrl = this.sql.get<{ key: number; url: string }>('SELECT key, url FROM decisions WHERE url IN (SELECT value FROM json_each(?)) ORDER BY key DESC');
    for (let i = 0; i < ids.length; i += 500) for (const r of byId.all(JSON.stringify(ids.slice(i, i + 500)))) out.set(`id:${r.id}`, r.key);
    for (let i = 0; i < urls.length; i += 500) for (const r of byUrl.all(JSON.stringify(urls.slice(i, i + 500)))) out.set(`url:${r.url}`, r.key);
    if (identities.some((i) => i.startsWith('text:'))) {
      const anonymous = this.sql.get<DecisionRow>('SELECT * FROM decisions WHERE id IS NULL AND url IS NULL').all();
      for (const r of anonymous) out.set(decisionIdentity(r), r.key);
    }
    return out;
  }

  get(key: number): Decision | null {
    if (!Number.isSafeInteger(key)) throw new AppException('bad-request', 'a decision key must be a whole number');
    const row = this.sql.get<DecisionRow>('SELECT * FROM decisions WHERE key = ?').get(key);
    return row ? toDecision(row) : null;
  }

  byUrl(urls: string[]): Record<string, Decision> {
    if (!Array.isArray(urls) || !urls.every((u) => typeof u === 'string')) throw new AppException('bad-request', 'urls must be a list of text');
    const found: Record<string, Decision> = {};
    const unique = [...new Set(urls)];
    const stmt = this.sql.get<DecisionRow>('SELECT * FROM decisions WHERE url IN (SELECT value FROM json_each(?)) ORDER BY key');
    for (let i = 0; i < unique.length; i += 500) {
      for (const row of stmt.all(JSON.stringify(unique.slice(i, i + 500)))) {
        if (row.url !== null && !Object.hasOwn(found, row.url)) found[row.url] = toDecision(row);
      }
    }
    return found;
  }

  count(): number {
    // The index holds every row; counting them in SQLite reads the whole table (tens of
    // milliseconds at 50,000 decisions), and the evidence panel asks on every change.
    if (this.index) return this.index.size;
    return this.sql.get<{ n: number }>('SELECT count(*) AS n FROM decisions').get()!.n;
  }
}

function toDecision(r: DecisionRow): Decision {
  return { key: r.key, id: r.id, date: r.date, meetingStart: r.meeting_start, title: r.title, url: r.url, text: r.text };
}

function foundHit(index: SearchIndex, d: Decision, terms: ReadonlySet<number>, rank: number): DecisionHit {
  // Text that itself holds a marker character (a file from elsewhere) gets no highlights
  // rather than highlights that lie.
  const unmarked = hasMarker(d.title) || hasMarker(d.text);
  return {
    ...d,
    titleSnippet: unmarked ? unmark(d.title) : markMatches(index, d.title, terms),
    textSnippet: unmarked ? excerpt(unmark(d.text)) : snippetOf(index, d.text, terms),
    rank,
  };
}

function listedHit(d: Decision): DecisionHit {
  return { ...d, titleSnippet: unmark(d.title), textSnippet: excerpt(unmark(d.text)), rank: 0 };
}

/** The start of a text, cut at a word boundary near 200 characters. */
function excerpt(text: string): string {
  if (text.length <= 200) return text;
  const cut = text.lastIndexOf(' ', 200);
  return `${text.slice(0, cut > 120 ? cut : 200)}…`;
}

function checkQuery(query: SearchQuery): { query: string; from: string | null; to: string | null; limit: number; offset: number } {
  const bad = (m: string) => new AppException('bad-request', m);
  if (!query || typeof query !== 'object') throw bad('a search needs a query object');
  const text = query.query ?? '';
  if (typeof text !== 'string') throw bad('the search text must be text');
  if (text.length > LIMITS.searchQuery) throw bad(`the search text is longer than ${LIMITS.searchQuery} characters`);
  for (const k of ['from', 'to'] as const) {
    const v = query[k];
    if (v !== undefined && v !== null && (typeof v !== 'string' || !DATE.test(v))) throw bad(`"${k}" must be a date like 2021-03-31`);
  }
  const limit = query.limit ?? LIMITS.searchResultsDefault;
  const offset = query.offset ?? 0;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > LIMITS.searchResults) throw bad(`limit must be a whole number from 1 to ${LIMITS.searchResults}`);
  if (!Number.isSafeInteger(offset) || offset < 0) throw bad('offset must be a whole number, 0 or more');
  return { query: text, from: query.from ?? null, to: query.to ?? null, limit, offset };
}

function checkRecord(r: DecisionRecord, i: number): Omit<DecisionRow, 'key'> {
  const at = `decisions[${i}]`;
  if (!r || typeof r !== 'object') throw new AppException('bad-request', `${at} must be an object`);
  const opt = (v: unknown, field: string): string | null => {
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') throw new AppException('bad-request', `${at}.${field} must be text`);
    return v;
  };
  const text = (v: unknown, field: string) => unmark(opt(v, field) ?? '');
  const id = opt(r.id, 'id');
  const row = {
    id: id === '' ? null : id,
    date: opt(r.date, 'date'),
    meeting_start: opt(r.meetingStart, 'meetingStart'),
    title: text(r.title, 'title'),
    url: opt(r.url, 'url'),
    text: text(r.text, 'text'),
  };
  const problem = decisionRuleProblem({ ...row, meetingStart: row.meeting_start, meeting_start: undefined });
  if (problem) throw new AppException('bad-request', `${at}: ${problem}`);
  return row;
}
