// Hostile project files: a valid project, then one to three edits an attacker (or a
// broken tool, or a disk) could make. Three families, as the issue names them:
//   values     the schema stays valid, the values are hostile (names "..", control
//              characters, script, sizes around and far over the limits, odd JSON)
//   structure  the SQLite file or its schema is edited (bytes flipped, cut, extended,
//              header fields, foreign objects, leftover journals)
//   sizes      many rows or very long values, the cheap way
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createProjectStore } from '../src/main/backend/store';
import { LIMITS } from '../src/shared/limits';
import type { Rng } from './common';
import { pick } from './common';

/** Mine and a copy of it (shared history, so merges are three-way), with sections, references, decisions and revisions. */
export function makeBaseProjects(dir: string): { mine: string; base: string } {
  const base = path.join(dir, 'base.pwb');
  const store = createProjectStore(base, { name: 'Basis', government: 'Vlaamse Regering', termStart: '2019-10-02', termEnd: '2024-07-01' });
  try {
    store.transaction(() => {
      for (let i = 0; i < 6; i++) {
        const s = store.createSection(
          {
            path: i % 2 ? ['Bestuur', 'Digitaal'] : ['Welzijn'],
            name: `Sectie ${i}`,
            heading: `Sectie ${i}`,
            agreement: `1.${i} Afspraak [We doen iets ${i}]`,
            body: `Samenvatting\n\nTekst ${i} [0][1].\n`,
            references: [
              { number: 0, date: '2020-01-0' + ((i % 8) + 1), title: `Besluit ${i}`, url: 'https://beslissingenvlaamseregering.vlaanderen.be/?search=x' },
              { number: 1, date: '2021-02-03', title: `Ander besluit ${i}` },
            ],
          },
          { author: 'basis' },
        );
        store.saveSection(s.id, { body: `Samenvatting\n\nTekst ${i} herzien [0][1].\n`, verdict: 'in-progress' }, { author: 'basis' });
      }
      store.upsertDecisions(Array.from({ length: 20 }, (_, i) => ({ id: null, date: '2020-03-01', meetingStart: null, title: `Beslissing ${i}`, url: null, text: `Tekst van beslissing ${i}` })));
    });
  } finally {
    store.close();
  }
  const mine = path.join(dir, 'mine.pwb');
  fs.copyFileSync(base, mine);
  return { mine, base };
}

const big = (n: number) => 'x'.repeat(n);

/** Values no door of the app lets in, each with the reason it is hostile. */
const HOSTILE_TEXT: (() => string)[] = [
  () => '',
  () => '.',
  () => '..',
  () => 'a/b',
  () => 'a\\b',
  () => 'nul\u0000byte',
  () => 'esc\u001b[2J\u001b]0;titel\u0007',
  () => '\u202egnirts',
  () => ' leading',
  () => 'trailing ',
  () => '<script>__xss("value")</script>',
  () => '<img src=x onerror=__xss("value")>',
  () => 'javascript:__xss("value")',
  () => '\ud800 lone surrogate',
  () => big(LIMITS.name + 1),
  () => big(LIMITS.heading + 1),
  () => big(LIMITS.body + 1),
  () => big(LIMITS.body * 4 + 1),
  () => '[0]'.repeat(20_000),
  () => '\\[1\\]'.repeat(10_000),
  () => '# '.repeat(50_000),
  () => '\n'.repeat(100_000),
  () => '`'.repeat(30_000),
  () => '*'.repeat(30_000) + 'a',
  () => '>'.repeat(30_000) + ' deep quote',
  () => '- '.repeat(10_000) + 'deep list',
];

const HOSTILE_PATHS: (() => string)[] = [
  () => '["..", "x"]',
  () => '["a/b"]',
  () => '[""]',
  () => '["esc\\u001b"]',
  () => JSON.stringify(Array.from({ length: LIMITS.treeDepth + 1 }, () => 'a')),
  () => JSON.stringify(Array.from({ length: 10_000 }, () => 'a')),
  () => '{}',
  () => '"plain string"',
  () => '[1, 2]',
  () => '[null]',
  () => '[["nested"]]',
  () => '[]',
  () => JSON.stringify([big(5_000)]),
];

const HOSTILE_NUMBERS = [-1, 0, 2 ** 31, -(2 ** 53), 2 ** 53 + 2, 9_007_199_254_740_991];

type Mutation = (db: Database.Database, rng: Rng) => void;

const oneOf = (db: Database.Database, table: string, column: string): unknown => db.prepare(`SELECT ${column} AS v FROM ${table} ORDER BY random() LIMIT 1`).get()?.['v' as never];

const VALUE_MUTATIONS: Mutation[] = [
  (db, rng) => db.prepare(`UPDATE sections SET ${pick(rng, ['name', 'heading', 'agreement', 'body', 'verdict_note'])} = ? WHERE id = ?`).run(pick(rng, HOSTILE_TEXT)(), oneOf(db, 'sections', 'id')),
  (db, rng) => db.prepare('UPDATE sections SET path = ? WHERE id = ?').run(pick(rng, HOSTILE_PATHS)(), oneOf(db, 'sections', 'id')),
  (db, rng) => db.prepare(`UPDATE sections SET ${pick(rng, ['sort_order', 'revision'])} = ? WHERE id = ?`).run(pick(rng, HOSTILE_NUMBERS), oneOf(db, 'sections', 'id')),
  (db, rng) => db.prepare('UPDATE sections SET agreement_checksum = ? WHERE id = ?').run(pick(rng, ['', big(200), 'not hex', big(100_000)]), oneOf(db, 'sections', 'id')),
  (db, rng) => db.prepare('UPDATE sections SET id = ? WHERE id = ?').run(pick(rng, ['', big(500), '..', '<b>x</b>']), oneOf(db, 'sections', 'id')),
  (db, rng) => db.prepare(`UPDATE refs SET ${pick(rng, ['title', 'url', 'date', 'meeting_start'])} = ? WHERE rowid IN (SELECT rowid FROM refs ORDER BY random() LIMIT 1)`).run(pick(rng, HOSTILE_TEXT)()),
  (db, rng) => db.prepare('UPDATE refs SET number = ? WHERE rowid IN (SELECT rowid FROM refs ORDER BY random() LIMIT 1)').run(pick(rng, HOSTILE_NUMBERS)),
  // References of a section that does not exist (foreign keys are only enforced while on).
  (db) => db.prepare("INSERT INTO refs (section_id, position, number, date, title) VALUES ('no-such-section', 0, 0, '2020-01-01', 'wees')").run(),
  (db, rng) => db.prepare(`UPDATE project SET ${pick(rng, ['name', 'government', 'term_start', 'term_end', 'created_at'])} = ?`).run(pick(rng, HOSTILE_TEXT)()),
  (db) => db.prepare('DELETE FROM project').run(),
  (db, rng) => db.prepare(`UPDATE decisions SET ${pick(rng, ['title', 'text', 'url', 'id', 'date', 'meeting_start'])} = ? WHERE key IN (SELECT key FROM decisions ORDER BY random() LIMIT 1)`).run(pick(rng, HOSTILE_TEXT)()),
  (db, rng) =>
    db
      .prepare('UPDATE revisions SET snapshot = ? WHERE id IN (SELECT id FROM revisions ORDER BY random() LIMIT 1)')
      .run(pick(rng, ['{}', '[]', '"x"', '{"id": 1}', JSON.stringify({ name: '..', path: ['..'], references: 'x' }), JSON.stringify({ body: big(100_000) })])),
  (db, rng) => db.prepare('UPDATE revisions SET content_hash = ? WHERE id IN (SELECT id FROM revisions ORDER BY random() LIMIT 1)').run(pick(rng, ['', 'x', big(64)])),
  (db, rng) => db.prepare(`UPDATE revisions SET ${pick(rng, ['author', 'summary', 'saved_at'])} = ?`).run(pick(rng, HOSTILE_TEXT)()),
  (db) => db.prepare('DELETE FROM revisions WHERE id IN (SELECT id FROM revisions ORDER BY random() LIMIT 3)').run(),
  (db) => db.prepare("UPDATE revisions SET deleted = 1 WHERE id IN (SELECT id FROM revisions ORDER BY random() LIMIT 1)").run(),
  // Text that is not UTF-8, stored as TEXT.
  (db) => db.prepare("UPDATE sections SET body = CAST(X'C328FFFE00' AS TEXT) WHERE id = ?").run(oneOf(db, 'sections', 'id')),
];

const SIZE_MUTATIONS: Mutation[] = [
  (db) => db.prepare('UPDATE sections SET body = ? WHERE id = ?').run(big(12 * 1024 * 1024), oneOf(db, 'sections', 'id')),
  (db, rng) => {
    const id = oneOf(db, 'sections', 'id');
    const n = pick(rng, [LIMITS.references + 1, 50_000, 200_000]);
    db.prepare(
      `INSERT INTO refs (section_id, position, number, date, title) SELECT ?, 1000 + value, value, '2020-01-01', 't' FROM (WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < ?) SELECT value FROM n)`,
    ).run(id, n);
  },
  (db, rng) =>
    db
      .prepare(
        `INSERT INTO sections SELECT 'many-' || value, '["Veel"]', 'S' || value, value, '', '', '', 'not-rated', '', 'draft', NULL, '2020', '2020', 1 FROM (WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < ?) SELECT value FROM n)`,
      )
      .run(pick(rng, [2_000, LIMITS.sections + 1])),
  (db) => db.prepare('UPDATE revisions SET snapshot = ? WHERE id IN (SELECT id FROM revisions ORDER BY random() LIMIT 1)').run(JSON.stringify({ body: big(40 * 1024 * 1024) })),
  (db) => db.prepare('UPDATE decisions SET text = ? WHERE key IN (SELECT key FROM decisions LIMIT 1)').run(big(LIMITS.decisionText * 4 + 1)),
];

const SCHEMA_MUTATIONS: Mutation[] = [
  (db) => db.exec('CREATE TABLE extra (x)'),
  (db) => db.exec("CREATE VIEW v AS SELECT name FROM sections"),
  (db) => db.exec("CREATE TRIGGER t AFTER INSERT ON sections BEGIN DELETE FROM refs; END"),
  (db) => db.exec('DROP INDEX decisions_by_url'),
  (db) => db.exec('CREATE INDEX extra_index ON sections (body)'),
  (db, rng) => db.pragma(`user_version = ${pick(rng, [0, 2, 3, 99, -1])}`),
  (db, rng) => db.pragma(`application_id = ${pick(rng, [0, 1, 0x50574232])}`),
  (db) => db.exec('ALTER TABLE sections ADD COLUMN extra TEXT'),
  (db) => {
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_schema SET sql = replace(sql, 'STRICT', '') WHERE name = 'refs'").run();
  },
  (db) => db.pragma('journal_mode = WAL'),
];

/** Byte-level edits of the closed file (and files beside it). */
const BYTE_MUTATIONS: ((file: string, rng: Rng) => void)[] = [
  (file, rng) => {
    const bytes = fs.readFileSync(file);
    const flips = 1 + Math.floor(rng() * 8);
    for (let i = 0; i < flips; i++) bytes[Math.floor(rng() * bytes.length)] ^= 1 << Math.floor(rng() * 8);
    fs.writeFileSync(file, bytes);
  },
  (file, rng) => {
    const bytes = fs.readFileSync(file);
    // One byte inside the first 100 (the header), where every field matters.
    bytes[Math.floor(rng() * 100)] = Math.floor(rng() * 256);
    fs.writeFileSync(file, bytes);
  },
  (file, rng) => fs.truncateSync(file, Math.floor(rng() * fs.statSync(file).size)),
  (file, rng) => fs.appendFileSync(file, Buffer.alloc(1 + Math.floor(rng() * 9000), Math.floor(rng() * 256))),
  (file, rng) => {
    const bytes = fs.readFileSync(file);
    const page = 4096;
    const at = Math.floor(rng() * Math.floor(bytes.length / page)) * page;
    bytes.fill(0, at, at + page);
    fs.writeFileSync(file, bytes);
  },
  // A leftover journal: garbage, a valid magic with garbage, or one naming a super-journal.
  (file, rng) => {
    const magic = Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]);
    const body = Buffer.alloc(512 + Math.floor(rng() * 4096), Math.floor(rng() * 256));
    const kind = Math.floor(rng() * 3);
    fs.writeFileSync(`${file}-journal`, kind === 0 ? body : kind === 1 ? Buffer.concat([magic, body]) : Buffer.concat([magic, body, Buffer.from('/etc/passwd\0'), magic]));
  },
  (file, rng) => fs.writeFileSync(`${file}-wal`, Buffer.alloc(32 + Math.floor(rng() * 8192), Math.floor(rng() * 256))),
];

export type HostileFamily = 'values' | 'structure' | 'sizes';

/** Writes one hostile file at `dest` (a copy of `base`, edited); says what was done. */
export function makeHostileFile(base: string, dest: string, rng: Rng): { family: HostileFamily; edits: number } {
  fs.copyFileSync(base, dest);
  const roll = rng();
  const family: HostileFamily = roll < 0.6 ? 'values' : roll < 0.92 ? 'structure' : 'sizes';
  const edits = 1 + Math.floor(rng() * 3);
  const sql: Mutation[] = family === 'values' ? VALUE_MUTATIONS : family === 'sizes' ? SIZE_MUTATIONS : SCHEMA_MUTATIONS;
  const bytesOnly = family === 'structure' && rng() < 0.6;
  if (!bytesOnly) {
    const db = new Database(dest);
    try {
      db.pragma('foreign_keys = OFF');
      for (let i = 0; i < edits; i++) {
        try {
          pick(rng, sql)(db, rng);
        } catch {
          // A CHECK, a STRICT type or a unique index said no: that edit is not possible on a valid file.
        }
      }
    } finally {
      db.close();
    }
  }
  if (family === 'structure' && (bytesOnly || rng() < 0.3)) pick(rng, BYTE_MUTATIONS)(dest, rng);
  return { family, edits };
}
