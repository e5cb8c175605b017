// `saveCopy`: one consistent, checked copy of an open project, written so that the
// destination is either the old file or the complete new one, never half of either.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { AppException } from '../errors';
import { compareSchema, describeObjects, expectedSchema, readSchema, SCHEMA_VERSION } from './schema';
import { toAppException } from './sqlite-errors';

/** VACUUM INTO a temp file beside `dest`, read it back and check it, fsync, rename over `dest`. */
export function writeCheckedCopy(db: Db, readOnly: boolean, projectPath: string, dest: string): void {
  if (typeof dest !== 'string' || dest === '') throw new AppException('bad-request', 'a copy needs a file name');
  if (db.inTransaction) throw new AppException('bad-request', 'a copy cannot be written inside a transaction');
  const target = path.resolve(dest);
  const destName = path.basename(target);
  if (samePath(target, projectPath)) {
    throw new AppException('bad-request', `A copy cannot overwrite the open project "${path.basename(projectPath)}"; choose another name`);
  }
  const dir = path.dirname(target);
  if (!fs.existsSync(dir)) throw new AppException('io', `The folder "${dir}" does not exist`);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw new AppException('io', `"${destName}" is a folder`);
  const temp = path.join(dir, `.${destName}.${crypto.randomUUID().slice(0, 8)}.tmp`);
  try {
    try {
      // query_only forbids VACUUM INTO too; the connection itself stays read-only.
      if (readOnly) db.pragma('query_only = OFF');
      db.prepare('VACUUM INTO ?').run(temp);
    } catch (err) {
      throw toAppException(err, path.basename(projectPath));
    } finally {
      if (readOnly) db.pragma('query_only = ON');
    }
    checkCopy(temp, destName);
    const fd = fs.openSync(temp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
    syncDir(dir);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    if (err instanceof AppException) throw err;
    throw new AppException('io', `The copy "${destName}" could not be written (${(err as Error).message})`, { path: target });
  }
}

/** A fresh copy is read back before it replaces anything: SQLite's check and the exact schema. */
function checkCopy(file: string, destName: string): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('trusted_schema = OFF');
    const quick = db.pragma('quick_check', { simple: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    const verdict = compareSchema(readSchema(db), expectedSchema(Math.min(version, SCHEMA_VERSION)), version > SCHEMA_VERSION);
    if (quick !== 'ok' || !verdict.ok) {
      const why = quick !== 'ok' ? String(quick) : `${describeObjects(verdict.ok ? [] : verdict.objects)} differ`;
      throw new AppException('io', `The copy "${destName}" did not check out (${why}); nothing was replaced`);
    }
  } finally {
    db.close();
  }
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

function syncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Not every platform can fsync a folder (Windows); the rename itself is still atomic.
  }
}
