// The part of validation that lets SQLite read an untrusted file. It runs in a
// worker thread so a hostile or huge file cannot freeze the app: the caller gives up
// after a time limit and terminates the worker. The source is a plain string (run
// with `eval: true`) so it works unchanged under vitest, tsx and the bundled app,
// none of which would otherwise agree on how to load a TypeScript worker file.
import type { SchemaObject } from './schema';

export interface WorkerInput {
  /** Resolved path of the better-sqlite3 module (an eval worker has no useful base for `require`). */
  sqlite: string;
  file: string;
  /** Open read-write to replay a journal or WAL first: only ever used on a private copy. */
  recover: boolean;
  /** Measures (one number `v` each) to take after the schema, and the most each may be; the first one over is reported. */
  limits?: { sql: string; limit: number }[];
}

export type WorkerReply =
  | { ok: true; recovered: true }
  | {
      ok: true;
      recovered?: false;
      applicationId: number;
      userVersion: number;
      quickCheck: string[];
      schema: SchemaObject[];
      /** The first limit the file is over, or why it could not be measured. */
      overLimit?: { index: number; found: number } | { error: string };
    }
  | { ok: false; code: string | null; message: string };

export const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);

function recover(file) {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('trusted_schema = OFF');
    // Taking the write lock makes SQLite replay a hot journal (or recover a WAL).
    db.exec('BEGIN IMMEDIATE; COMMIT');
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  return { ok: true, recovered: true };
}

function inspect(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('trusted_schema = OFF');
    db.pragma('cell_size_check = ON');
    db.pragma('query_only = ON');
    const applicationId = db.pragma('application_id', { simple: true });
    const userVersion = db.pragma('user_version', { simple: true });
    const quickCheck = db.pragma('quick_check(20)').map((r) => String(r.quick_check).slice(0, 300));
    const schema = db
      .prepare('SELECT type, name, tbl_name, substr(sql, 1, 20000) AS sql FROM sqlite_schema LIMIT 500')
      .all();
    return { ok: true, applicationId, userVersion, quickCheck, schema, overLimit: measure(db, workerData.limits || []) };
  } finally {
    db.close();
  }
}

function measure(db, limits) {
  for (let i = 0; i < limits.length; i++) {
    try {
      const found = Number(db.prepare(limits[i].sql).get().v);
      if (found > limits[i].limit) return { index: i, found };
    } catch (err) {
      return { error: String((err && err.message) || err).slice(0, 300) };
    }
  }
  return undefined;
}

let reply;
try {
  reply = workerData.recover ? recover(workerData.file) : inspect(workerData.file);
} catch (err) {
  reply = { ok: false, code: (err && err.code) || null, message: String((err && err.message) || err).slice(0, 300) };
}
parentPort.postMessage(reply);
`;
