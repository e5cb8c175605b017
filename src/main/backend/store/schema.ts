import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations';

/** `PRAGMA application_id` of every project file: the bytes "PWB1" at header offset 68. */
export const APPLICATION_ID = 0x50574231;

/** The schema version this build writes (`PRAGMA user_version`). */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** One row of `sqlite_schema` as compared during validation (rootpage left out: it varies). */
export interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/**
 * Applies the steps after `user_version`, each in its own transaction so a failure
 * leaves the file at the last complete version. Inside an open transaction (creating
 * a file) the steps join it and the whole creation is one commit.
 */
export function applyMigrations(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  let version = db.pragma('user_version', { simple: true }) as number;
  for (const m of migrations) {
    if (m.version <= version) continue;
    if (m.version !== version + 1) throw new Error(`migration ${m.version} (${m.name}) does not follow version ${version}`);
    const step = () => {
      if (m.version === 1) db.pragma(`application_id = ${APPLICATION_ID}`);
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    };
    if (db.inTransaction) step();
    else db.transaction(step).immediate();
    version = m.version;
  }
  return version;
}

const expectedCache = new Map<number, SchemaObject[]>();

/** The exact `sqlite_schema` a file of `version` holds: built by running the steps on an empty in-memory db. */
export function expectedSchema(version: number): SchemaObject[] {
  let rows = expectedCache.get(version);
  if (!rows) {
    const db = new Database(':memory:');
    try {
      applyMigrations(db, MIGRATIONS.filter((m) => m.version <= version));
      rows = readSchema(db);
    } finally {
      db.close();
    }
    expectedCache.set(version, rows);
  }
  return rows;
}

export function readSchema(db: Db): SchemaObject[] {
  return db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as SchemaObject[];
}

export type SchemaVerdict =
  | { ok: true }
  | { ok: false; kind: 'foreign' | 'altered' | 'missing'; objects: SchemaObject[] };

/**
 * Compares a file's schema with the expected one. With `allowExtra` (a file from a
 * newer version) objects we do not know are accepted, but everything this version
 * reads must still be there unchanged.
 */
export function compareSchema(actual: SchemaObject[], expected: SchemaObject[], allowExtra = false): SchemaVerdict {
  const key = (o: SchemaObject) => `${o.type}\u0000${o.name}`;
  const want = new Map(expected.map((o) => [key(o), o]));
  const have = new Map(actual.map((o) => [key(o), o]));
  const foreign = actual.filter((o) => !want.has(key(o)));
  if (foreign.length && !allowExtra) return { ok: false, kind: 'foreign', objects: foreign };
  const altered = actual.filter((o) => {
    const w = want.get(key(o));
    return w && (w.sql !== o.sql || w.tbl_name !== o.tbl_name);
  });
  if (altered.length) return { ok: false, kind: 'altered', objects: altered };
  const missing = expected.filter((o) => !have.has(key(o)));
  if (missing.length) return { ok: false, kind: 'missing', objects: missing };
  return { ok: true };
}

/** `trigger "audit", view "totals"` — names cleaned so a hostile file cannot inject text into a message. */
export function describeObjects(objects: SchemaObject[], max = 5): string {
  const named = objects.slice(0, max).map((o) => `${o.type} "${cleanName(o.name)}"`);
  if (objects.length > max) named.push(`${objects.length - max} more`);
  return named.join(', ');
}

function cleanName(name: unknown): string {
  const s = String(name).replace(/[\p{C}]/gu, '?');
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
