// The project's local library of government decisions: upsert and full-text search.
// The FTS5 index uses the `decisions` table as external content and is kept in step
// here, statement by statement, inside the caller's transaction (see 0001-initial).
import type { Decision, DecisionHit, SearchQuery, SearchResult } from '../../../shared/models';
import { LIMITS } from '../../../shared/limits';
import { AppException } from '../errors';
import { buildFtsQuery } from './fts-query';
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

interface HitRow extends DecisionRow {
  title_snippet: string;
  text_snippet: string;
  rank: number;
}

/**
 * A query matching more than this many decisions ranks (bm25) only the most recently
 * added this many of them and lists the rest newest first. Ranking costs about a
 * microsecond per match, and a term that common has almost no ranking signal left
 * (bm25's IDF is near zero), so this keeps broad queries within budget at 50,000
 * decisions while the total stays exact and every match stays reachable by paging.
 */
export const RANKED_CANDIDATES = 1000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const START = '\u0002';
const END = '\u0003';
const hasMarker = (s: string) => s.includes(START) || s.includes(END);
const unmark = (s: string) => (hasMarker(s) ? s.replaceAll(START, '').replaceAll(END, '') : s);

/**
 * Date filters read the date through a covering (key, date) index: reaching it through
 * the table would load each matching ~1 KB row, five times slower on a broad query.
 */
const DATED = 'JOIN decisions d INDEXED BY decisions_by_key_date ON d.key = decisions_fts.rowid';
const IN_RANGE = 'AND d.date >= @from AND d.date <= @to';
/** Title matches weigh ten times as much as matches in the summary text; ties go to the newest. */
const SCORE = 'bm25(decisions_fts, 10.0, 1.0)';

export class DecisionLibrary {
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
    return { inserted, updated };
  }

  search(query: SearchQuery): SearchResult {
    const q = checkQuery(query);
    const started = performance.now();
    const fts = buildFtsQuery(q.query);
    const ranged = q.from !== null || q.to !== null;
    const params = { q: fts, from: q.from ?? '', to: q.to ?? '\uffff' };
    const from = ranged ? DATED : '';
    const range = ranged ? IN_RANGE : '';
    let total: number;
    let hits: DecisionHit[];
    if (fts === null) {
      const where = ranged ? 'WHERE date >= @from AND date <= @to' : '';
      total = this.sql.get<{ n: number }>(`SELECT count(*) AS n FROM decisions ${where}`).get(params)!.n;
      const rows = this.sql
        .get<DecisionRow>(`SELECT * FROM decisions ${where} ORDER BY date DESC, key DESC LIMIT @limit OFFSET @offset`)
        .all({ ...params, limit: q.limit, offset: q.offset });
      hits = rows.map(listedHit);
    } else {
      ({ total, hits } = this.fullText(params, q.limit, q.offset, from, range));
    }
    return { total, hits, tookMs: Math.round((performance.now() - started) * 1000) / 1000 };
  }

  /**
   * One page of a full-text search. One pass takes the newest RANKED_CANDIDATES
   * matches with their bm25 scores (computed for those rows only; FTS5's own
   * `ORDER BY rank` would score every match), ranked here; later pages list the older
   * matches newest first. Snippets are made for the page only. Every statement with
   * MATCH repeats the term lookup (a prefix term merges many lists), hence few of them.
   */
  private fullText(params: Record<string, unknown>, limit: number, offset: number, from: string, range: string): { total: number; hits: DecisionHit[] } {
    const candidates = this.sql
      .get<[number, number]>(
        `SELECT decisions_fts.rowid, ${SCORE} FROM decisions_fts ${from} WHERE decisions_fts MATCH @q ${range}
         ORDER BY decisions_fts.rowid DESC LIMIT ${RANKED_CANDIDATES}`,
      )
      .raw(true)
      .all(params);
    const total =
      candidates.length < RANKED_CANDIDATES
        ? candidates.length
        : this.sql.get<{ n: number }>(`SELECT count(*) AS n FROM decisions_fts ${from} WHERE decisions_fts MATCH @q ${range}`).get(params)!.n;
    const oldest = candidates.length ? candidates[candidates.length - 1][0] : 0;
    const ranked = candidates.sort((a, b) => a[1] - b[1] || b[0] - a[0]);
    let page = ranked.slice(offset, offset + limit);
    if (total > candidates.length && page.length < limit) {
      const rest = this.sql
        .get<[number, number]>(
          `SELECT decisions_fts.rowid, ${SCORE} FROM decisions_fts ${from}
           WHERE decisions_fts MATCH @q AND decisions_fts.rowid < @oldest ${range} ORDER BY decisions_fts.rowid DESC LIMIT @limit OFFSET @offset`,
        )
        .raw(true)
        .all({ ...params, oldest, limit: limit - page.length, offset: Math.max(0, offset - candidates.length) });
      page = page.concat(rest);
    }
    return { total, hits: this.hitsFor(params.q as string, page) };
  }

  /** Rows and snippets for a page of keys, in the page's order. */
  private hitsFor(fts: string, page: [key: number, score: number][]): DecisionHit[] {
    if (page.length === 0) return [];
    const keys = page.map(([k]) => k);
    const rows = new Map(
      this.sql
        .get<DecisionRow>('SELECT * FROM decisions WHERE key IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify(keys))
        .map((r) => [r.key, r]),
    );
    // One pass over the page's rowid span; the membership test is not something FTS5
    // can use, so the text query runs once instead of once per key.
    const snippets = new Map(
      this.sql
        .get<{ k: number; title_snippet: string; text_snippet: string }>(
          `SELECT decisions_fts.rowid AS k, highlight(decisions_fts, 0, char(2), char(3)) AS title_snippet,
             snippet(decisions_fts, 1, char(2), char(3), '…', 32) AS text_snippet
           FROM decisions_fts WHERE decisions_fts MATCH @q AND decisions_fts.rowid BETWEEN @lo AND @hi AND instr(@keys, ',' || decisions_fts.rowid || ',') > 0`,
        )
        .all({ q: fts, lo: Math.min(...keys), hi: Math.max(...keys), keys: `,${keys.join(',')},` })
        .map((s) => [s.k, s]),
    );
    return page.flatMap(([k, r]) => {
      const row = rows.get(k);
      const snip = snippets.get(k);
      return row && snip ? [foundHit({ ...row, title_snippet: snip.title_snippet, text_snippet: snip.text_snippet, rank: r })] : [];
    });
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
    return this.sql.get<{ n: number }>('SELECT count(*) AS n FROM decisions').get()!.n;
  }
}

function toDecision(r: DecisionRow): Decision {
  return { key: r.key, id: r.id, date: r.date, meetingStart: r.meeting_start, title: r.title, url: r.url, text: r.text };
}

function foundHit(r: HitRow): DecisionHit {
  // Text that itself holds a marker character (a file from elsewhere) gets no highlights
  // rather than highlights that lie.
  const unmarked = hasMarker(r.title) || hasMarker(r.text);
  return {
    ...toDecision(r),
    titleSnippet: unmarked ? unmark(r.title) : r.title_snippet,
    textSnippet: unmarked ? excerpt(unmark(r.text)) : r.text_snippet,
    rank: -r.rank,
  };
}

function listedHit(r: DecisionRow): DecisionHit {
  return { ...toDecision(r), titleSnippet: unmark(r.title), textSnippet: excerpt(unmark(r.text)), rank: 0 };
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
  return {
    id: id === '' ? null : id,
    date: opt(r.date, 'date'),
    meeting_start: opt(r.meetingStart, 'meetingStart'),
    title: text(r.title, 'title'),
    url: opt(r.url, 'url'),
    text: text(r.text, 'text'),
  };
}
