// The bad-file corpus (issue 5 §4): every file that is not a sound project is refused
// with a message naming what is wrong, the process survives, and no byte of the
// refused file changes (nor does anything appear beside it).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppException } from '../../src/main/backend/errors';
import { openProjectStore, SCHEMA_VERSION, validateProjectFile } from '../../src/main/backend/store';

const NEWER = SCHEMA_VERSION + 1;
import { TRUNCATED } from '../../src/main/backend/store/file-header';
import { appError, closeQuietly, makeSampleProject, sha256, strayFiles, tempDir } from './store-test-kit';

let dir: string;
let good: Buffer;
let pageSize: number;
/** Pages that are b-tree pages (a damaged header there is always visible to quick_check). */
let btreePages: number[];

beforeAll(() => {
  dir = tempDir('pwb-bad-');
  const file = path.join(dir, 'good.pwb');
  makeSampleProject(file, 20, 300);
  good = fs.readFileSync(file);
  const db = new Database(file, { readonly: true });
  pageSize = db.pragma('page_size', { simple: true }) as number;
  btreePages = (db.prepare("SELECT pageno FROM dbstat WHERE pagetype IN ('internal', 'leaf')").all() as { pageno: number }[]).map((r) => r.pageno);
  db.close();
  fs.rmSync(file);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let counter = 0;
/** Writes `bytes` as a fresh .pwb in its own folder and returns its path. */
function put(bytes: Buffer | string, name = 'case.pwb'): string {
  const caseDir = path.join(dir, `c${++counter}`);
  fs.mkdirSync(caseDir);
  const file = path.join(caseDir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** A copy of the good project changed through SQLite (as another program would). */
function altered(sql: (db: Database.Database) => void): string {
  const file = put(good);
  const db = new Database(file);
  db.pragma('journal_mode = DELETE');
  sql(db);
  db.close();
  return file;
}

function flipped(offset: number, bit: number): string {
  const bytes = Buffer.from(good);
  bytes[offset] ^= 1 << bit;
  return put(bytes);
}

/** Opens for writing (the usual way), expects a refusal, and checks nothing changed. */
async function expectRefused(file: string, code: string, message: RegExp | string): Promise<AppException> {
  const exists = fs.existsSync(file) && fs.statSync(file).isFile();
  const before = exists ? sha256(file) : null;
  const siblings = fs.existsSync(path.dirname(file)) ? fs.readdirSync(path.dirname(file)) : [];
  const err = await appError(() => openProjectStore(file));
  expect(err.code).toBe(code);
  if (typeof message === 'string') expect(err.message).toBe(message);
  else expect(err.message).toMatch(message);
  if (exists) expect(sha256(file)).toBe(before);
  if (fs.existsSync(path.dirname(file))) expect(fs.readdirSync(path.dirname(file))).toEqual(siblings);
  const checked = await validateProjectFile(file);
  expect(checked).toEqual({ ok: false, error: err.toError() });
  if (exists) expect(sha256(file)).toBe(before);
  return err;
}

/** Either refused as a bad file (nothing changed) or opened and readable without surprises. */
async function refusedOrSound(file: string): Promise<'refused' | 'opened'> {
  const before = sha256(file);
  try {
    const store = await openProjectStore(file, { readOnly: true });
    try {
      for (const read of [() => store.listSections(), () => store.searchDecisions({ query: 'onderwijs' }), () => store.info(), () => store.listRevisionHashes()]) {
        try {
          read();
        } catch (err) {
          expect(err).toBeInstanceOf(AppException);
        }
      }
    } finally {
      closeQuietly(store);
    }
    expect(sha256(file)).toBe(before);
    return 'opened';
  } catch (err) {
    expect(err).toBeInstanceOf(AppException);
    expect(['bad-file', 'newer-version']).toContain((err as AppException).code);
    expect(sha256(file)).toBe(before);
    expect(strayFiles(path.dirname(file), [path.basename(file)])).toEqual([]);
    return 'refused';
  }
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('not a project at all', () => {
  it('a missing file, a folder, an empty file', async () => {
    await expectRefused(path.join(dir, 'nowhere.pwb'), 'not-found', '"nowhere.pwb" does not exist');
    const folder = path.join(dir, 'folder.pwb');
    fs.mkdirSync(folder);
    await expectRefused(folder, 'bad-file', '"folder.pwb" is a folder, not a project file');
    await expectRefused(put(Buffer.alloc(0)), 'bad-file', '"case.pwb" is empty — not a project');
  });

  it.each([
    ['a PNG image', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), Buffer.alloc(200, 7)]), 'it looks like a PNG image'],
    ['a JPEG image', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), Buffer.from('JFIF\0'), Buffer.alloc(300, 1)]), 'it looks like a JPEG image'],
    ['a GIF image', Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(50, 0)]), 'it looks like a GIF image'],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), 'it looks like a PDF document'],
    ['a ZIP archive', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]), Buffer.alloc(100, 3)]), 'it looks like a ZIP archive or an Office document'],
    ['a text file', Buffer.from('# ICT en Informatie\n\nSamenvatting — één “tekst” met accenten.\n'.repeat(10)), 'it looks like a text file'],
    ['random bytes', Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 251 ^ 0x80)), 'it is not a database file'],
  ])('%s renamed to .pwb', async (_what, bytes, why) => {
    await expectRefused(put(bytes), 'bad-file', `"case.pwb" is not a Policy Workbench project (${why})`);
  });

  it('an SQLite database of another program', async () => {
    const plain = put(Buffer.alloc(0), 'other.pwb');
    fs.rmSync(plain);
    const db = new Database(plain);
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
    db.close();
    await expectRefused(plain, 'bad-file', '"other.pwb" is an SQLite database of another program (no application id), not a project');
    const fossil = altered((d) => d.pragma('application_id = 252006674'));
    await expectRefused(fossil, 'bad-file', '"case.pwb" is an SQLite database of another program (application id 0x0F055112), not a project');
  });
});

describe('damaged projects', () => {
  it('truncated at 30 offsets across the file', async () => {
    const size = good.length;
    const offsets = [1, 8, 15, 16, 50, 99, 100, 101, 1000, pageSize - 1, pageSize, pageSize + 1, 2 * pageSize];
    for (let i = 1; offsets.length < 30; i++) offsets.push(Math.floor((size * i) / 18));
    expect(offsets.every((o) => o > 0 && o < size)).toBe(true);
    for (const offset of offsets) {
      await expectRefused(put(good.subarray(0, offset)), 'bad-file', `"case.pwb" ${TRUNCATED}`);
    }
  });

  it.each([
    [0, 0, 'is not a Policy Workbench project (it is not a database file)'],
    [16, 4, 'is damaged: its header is invalid (page size 0)'],
    [17, 1, 'is damaged: its header is invalid (page size 4098)'],
    [18, 1, 'is damaged: its header is invalid (file format 3.1)'],
    [20, 0, 'is damaged: its header is invalid (page layout bytes)'],
    [22, 0, 'is damaged: its header is invalid (page layout bytes)'],
    [59, 1, 'is damaged: its header is invalid (text encoding 3)'],
    [68, 7, 'is an SQLite database of another program (application id 0xD0574231), not a project'],
    [71, 0, 'is an SQLite database of another program (application id 0x50574230), not a project'],
    [80, 3, 'is damaged: its header is invalid (reserved bytes are not zero)'],
    [28, 6, TRUNCATED],
    // Byte 63 holds the low byte of the schema version (3 = 0b11): bit 1 makes it claim
    // schema 1, whose files cannot hold the later tables.
    [63, 1, 'contains objects that are not part of a project: table "evidence_dismissals"'],
  ])('a flipped header byte (offset %i, bit %i)', async (offset, bit, message) => {
    await expectRefused(flipped(offset, bit), 'bad-file', `"case.pwb" ${message}`);
  });

  it('flipped b-tree page headers (several seeds): SQLite check fails, nothing changes', async () => {
    for (let seed = 1; seed <= 8; seed++) {
      const next = rng(seed);
      const page = btreePages.filter((p) => p > 1)[Math.floor(next() * (btreePages.length - 1))];
      const bytes = Buffer.from(good);
      bytes[(page - 1) * pageSize] ^= 1 << Math.floor(next() * 8);
      await expectRefused(put(bytes), 'bad-file', /^"case\.pwb" is damaged: /);
    }
  });

  it('random single-bit flips in the header and in pages never crash and never change the file', async () => {
    const outcomes = { refused: 0, opened: 0 };
    for (let seed = 1; seed <= 6; seed++) {
      const next = rng(seed * 7919);
      const files = Array.from({ length: 8 }, (_, i) => {
        const offset = i < 4 ? Math.floor(next() * 100) : 100 + Math.floor(next() * (good.length - 100));
        const bytes = Buffer.from(good);
        bytes[offset] ^= 1 << Math.floor(next() * 8);
        return put(bytes);
      });
      for (const outcome of await Promise.all(files.map(refusedOrSound))) outcomes[outcome]++;
    }
    expect(outcomes.refused + outcomes.opened).toBe(48);
    console.info(`random bit flips: ${outcomes.refused} refused, ${outcomes.opened} harmless (opened and read without error)`);
  });
});

describe('projects with foreign or changed schema objects', () => {
  it.each([
    ['trigger', 'CREATE TRIGGER audit AFTER UPDATE ON sections BEGIN SELECT 1; END', 'trigger "audit"'],
    ['view', 'CREATE VIEW totals AS SELECT count(*) FROM sections', 'view "totals"'],
    ['table', 'CREATE TABLE extra (x)', 'table "extra"'],
    ['index', 'CREATE INDEX sections_by_body ON sections (body)', 'index "sections_by_body"'],
  ])('an added %s', async (_kind, sql, named) => {
    await expectRefused(
      altered((d) => d.exec(sql)),
      'bad-file',
      `"case.pwb" contains objects that are not part of a project: ${named}`,
    );
  });

  it('names several foreign objects, cleaned of control characters', async () => {
    const file = altered((d) => d.exec('CREATE VIEW "v\u202Eevil" AS SELECT 1; CREATE TABLE t2 (x); CREATE TRIGGER t3 AFTER INSERT ON t2 BEGIN SELECT 1; END'));
    await expectRefused(file, 'bad-file', '"case.pwb" contains objects that are not part of a project: view "v?evil", table "t2", trigger "t3"');
  });

  it('an altered table and a missing index', async () => {
    const changed = altered((d) => {
      d.unsafeMode(true);
      d.pragma('writable_schema = ON');
      d.prepare("UPDATE sqlite_schema SET sql = replace(sql, 'body TEXT NOT NULL', 'body TEXT') WHERE name = 'sections'").run();
    });
    await expectRefused(changed, 'bad-file', '"case.pwb" is damaged: table "sections" is not as Policy Workbench writes it');
    const missing = altered((d) => d.exec('DROP INDEX decisions_by_url'));
    await expectRefused(missing, 'bad-file', '"case.pwb" is damaged: index "decisions_by_url" is missing');
  });
});

describe('files from a newer version', () => {
  it('open read-only with the reason, refuse writes, and keep their bytes', async () => {
    const file = altered((d) => {
      d.exec('CREATE TABLE future_things (x ANY) STRICT');
      d.pragma(`user_version = ${NEWER}`);
    });
    const before = sha256(file);
    const store = await openProjectStore(file);
    try {
      expect(store.readOnly).toBe(true);
      expect(store.readOnlyReason).toBe(`written by a newer Policy Workbench (schema ${NEWER}); opened read-only`);
      expect(store.listSections()).toHaveLength(20);
      const err = await appError(() => store.saveSection(store.listSections()[0].id, { body: 'x' }, { author: 'a' }));
      expect(err.code).toBe('read-only');
      expect(err.message).toContain(`written by a newer Policy Workbench (schema ${NEWER})`);
      expect((await appError(() => store.upsertDecisions([]))).code).toBe('read-only');
    } finally {
      store.close();
    }
    expect(sha256(file)).toBe(before);
    expect(strayFiles(path.dirname(file), ['case.pwb'])).toEqual([]);
    expect(await validateProjectFile(file)).toEqual({ ok: true, schemaVersion: NEWER, newerVersion: true });
  });

  it('are refused when they changed what this version reads', async () => {
    const file = altered((d) => {
      d.exec('DROP INDEX decisions_by_url');
      d.pragma(`user_version = ${NEWER + 1}`);
    });
    await expectRefused(file, 'newer-version', new RegExp(`^"case\\.pwb" was written by a newer Policy Workbench \\(schema ${NEWER + 1}\\) in a way this version cannot read`));
  });
});

describe('leftovers and limits', () => {
  it('refuses a journal that names other files, leaving both untouched', async () => {
    const file = put(good);
    const victim = path.join(path.dirname(file), 'victim.txt');
    fs.writeFileSync(victim, 'keep me');
    const magic = Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]);
    const name = Buffer.from(victim);
    const header = Buffer.concat([magic, Buffer.alloc(pageSize - 8)]);
    const record = Buffer.alloc(4 + name.length + 16);
    name.copy(record, 4);
    record.writeUInt32BE(name.length, 4 + name.length);
    magic.copy(record, record.length - 8);
    fs.writeFileSync(`${file}-journal`, Buffer.concat([header, record]));
    const journalBefore = sha256(`${file}-journal`);
    await expectRefused(file, 'bad-file', /^"case\.pwb" has a leftover journal \("case\.pwb-journal"\) that refers to other files/);
    expect(fs.readFileSync(victim, 'utf8')).toBe('keep me');
    expect(sha256(`${file}-journal`)).toBe(journalBefore);
  });

  it('gives up on a check that takes too long, and the file opens normally afterwards', async () => {
    const file = put(good);
    const before = sha256(file);
    const err = await appError(() => openProjectStore(file, { validateTimeoutMs: 1 }));
    expect(err.code).toBe('bad-file');
    expect(err.message).toBe('"case.pwb" took too long to check (over 1 ms); it may be damaged');
    expect(await validateProjectFile(file, { timeoutMs: 1 })).toMatchObject({ ok: false, error: { code: 'bad-file' } });
    expect(sha256(file)).toBe(before);
    expect(strayFiles(path.dirname(file), ['case.pwb'])).toEqual([]);
    const store = await openProjectStore(file);
    expect(store.listSections()).toHaveLength(20);
    store.close();
  });
});
