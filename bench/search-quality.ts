// How well the library search finds what a report cites, on the shared fixtures (issue 8
// §3). Every sentence of a fixture report that cites decisions becomes queries, and we
// ask whether each cited decision comes back in the top 10:
//   * keywords: the three rarest content words of the sentence, as a person would type
//     a few telling words;
//   * long words: its three longest content words, chosen without looking at the library
//     (Dutch compounds are long: the words a library may hold only inside other words);
//   * sentence: the whole sentence, citations taken out.
// Compared: the search before issue 8 (FTS5, every word required, bm25 title ×10, run on
// the same SQLite FTS5 table the store still keeps), and the new ranked search with and
// without compound matching.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, SearchIndex, searchLibrary } from '../src/core/search';
import { fixtureDocs } from '../src/core/search/testing';
import { buildFtsQuery } from './fts-baseline';
import { readFixtureReports } from './generate-reports';

interface Probe {
  target: number;
  keywords: string;
  longWords: string;
  sentence: string;
}

export interface QualityRow {
  system: string;
  queries: 'keywords' | 'longWords' | 'sentence';
  probes: number;
  hitAt10: number;
  mrr: number;
}

function probesOf(fixtures: string, index: SearchIndex, keyByUrl: Map<string, number>): Probe[] {
  const probes: Probe[] = [];
  for (const { report } of readFixtureReports(join(fixtures, 'reports'))) {
    const urlOf = new Map(report.references.map((r) => [r.number, r.url]));
    for (const raw of report.body.split(/(?<=[.!?:])\s+|\n+/)) {
      const cited = [...raw.matchAll(/\[(\d+)\]/g)].map((m) => keyByUrl.get(urlOf.get(Number(m[1])) ?? '') ?? -1).filter((k) => k >= 0);
      if (cited.length === 0) continue;
      const sentence = raw.replace(/\[\d+\]/g, ' ').replace(/[*#>_`]/g, ' ').replace(/^\s*\d+\.\s*/, '').replace(/\s+/g, ' ').trim();
      const words = [...new Set(sentence.split(/\s+/))].filter((w) => {
        const t = analyze(w).terms;
        return t.length === 1 && index.termId(t[0]) >= 0 && !/^\d+$/.test(t[0]);
      });
      const rarest = words.sort((a, b) => index.df(index.termId(analyze(a).terms[0])) - index.df(index.termId(analyze(b).terms[0]))).slice(0, 3);
      const content = [...new Set(sentence.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')))].filter((w) => analyze(w).terms.length > 0);
      const longest = content.sort((a, b) => b.length - a.length).slice(0, 3);
      for (const target of new Set(cited)) probes.push({ target, keywords: rarest.join(' '), longWords: longest.join(' '), sentence });
    }
  }
  return probes;
}

function score(system: string, queries: QualityRow['queries'], probes: Probe[], top10: (q: string) => number[]): QualityRow {
  let hits = 0;
  let rr = 0;
  for (const p of probes) {
    const rank = top10(p[queries]).indexOf(p.target);
    if (rank >= 0) {
      hits++;
      rr += 1 / (rank + 1);
    }
  }
  return { system, queries, probes: probes.length, hitAt10: hits / probes.length, mrr: rr / probes.length };
}

export function measureSearchQuality(fixtures: string): QualityRow[] {
  const docs = fixtureDocs(readFileSync(join(fixtures, 'decisions', 'decisions-sample.jsonl'), 'utf8'));
  const index = new SearchIndex(docs);
  const keyByUrl = new Map(docs.filter((d) => d.url).map((d) => [d.url!, d.key]));
  const probes = probesOf(fixtures, index, keyByUrl);

  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2')");
  const insert = db.prepare('INSERT INTO fts (rowid, title, text) VALUES (?, ?, ?)');
  for (const d of docs) insert.run(d.key, d.title, d.text);
  const before = db.prepare('SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 10.0, 1.0) LIMIT 10').pluck();
  const fts = (q: string) => {
    const m = buildFtsQuery(q);
    return m === null ? [] : (before.all(m) as number[]);
  };
  const ranked = (compounds: boolean) => (q: string) => searchLibrary(index, q, { top: 10, compounds }).ranked.map((r) => index.keys[r.doc]);

  const rows: QualityRow[] = [];
  for (const queries of ['keywords', 'longWords', 'sentence'] as const) {
    rows.push(score('before: FTS5, all words', queries, probes, fts));
    rows.push(score('ranked, no compounds', queries, probes, ranked(false)));
    rows.push(score('ranked + compounds', queries, probes, ranked(true)));
  }
  db.close();
  return rows;
}
