// Opening and creating `.pwb` files. See docs/adr/0002-single-file-project.md for why
// the file runs in rollback-journal mode with synchronous=FULL.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import type { Language } from '../../../shared/languages';
import type { ProjectInfo } from '../../../shared/models';
import { AppException } from '../errors';
import { DEFAULT_VALIDATE_TIMEOUT_MS, fsProblem, inspectProjectFile, removeDir } from './file-validation';
import { ProjectLock } from './project-lock';
import { APPLICATION_ID, applyMigrations } from './schema';
import { checkName, checkText } from './section-codec';
import { toAppException } from './sqlite-errors';
import { checkTermOrder, SqliteProjectStore } from './sqlite-project-store';
import type { ProjectStore, StoreOpenOptions } from './types';

export interface NewProjectInfo {
  name: string;
  government?: string;
  termStart?: string | null;
  termEnd?: string | null;
  /** Labels of exports; `nl` when absent. */
  language?: Language;
  /** Kept when given (a rebuilt demo keeps its date); now otherwise. */
  createdAt?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Opens an existing project after checking it (validateProjectFile). Read-only when
 * asked, when the file or its folder cannot be written, or when a newer version wrote
 * it; otherwise it takes the project's lock (`locked` when another window has it).
 */
export async function openProjectStore(file: string, opts: StoreOpenOptions = {}): Promise<ProjectStore> {
  const abs = path.resolve(file);
  const name = path.basename(abs);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch (err) {
    throw fsProblem(err, abs, name);
  }
  if (stat.isDirectory()) throw new AppException('bad-file', `"${name}" is a folder, not a project file`, { path: abs });

  let readOnly = opts.readOnly === true;
  let reason = readOnly ? 'opened read-only' : undefined;
  if (!readOnly && !writable(abs)) {
    readOnly = true;
    reason = 'the file is write-protected; opened read-only';
  }
  let lock: ProjectLock | undefined;
  if (!readOnly) {
    try {
      lock = ProjectLock.acquire(abs);
    } catch (err) {
      if (!(err instanceof AppException) || err.code !== 'read-only') throw err;
      readOnly = true;
      reason = 'its folder cannot be written; opened read-only';
    }
  }

  let privateDir: string | undefined;
  let db: Db | undefined;
  try {
    const found = await inspectProjectFile(abs, opts.validateTimeoutMs ?? DEFAULT_VALIDATE_TIMEOUT_MS);
    if (found.newerVersion) {
      lock?.release();
      lock = undefined;
      readOnly = true;
      reason = `written by a newer Policy Workbench (schema ${found.schemaVersion}); opened read-only`;
    }
    // A crashed file's journal can only be replayed by a writer; a reader reads the
    // replayed private copy the check made, and leaves the file as it is.
    let target = abs;
    if (found.privateCopy) {
      if (readOnly) {
        target = found.privateCopy.file;
        privateDir = found.privateCopy.dir;
      } else {
        removeDir(found.privateCopy.dir);
      }
    }
    db = connect(target, readOnly);
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (appId >>> 0 !== APPLICATION_ID || version !== found.schemaVersion) {
      throw new AppException('bad-file', `"${name}" changed while it was being opened; try again`, { path: abs });
    }
    // Older files are brought up to date step by step; read-only opens of one would
    // need a private migrated copy, which no file can need while only schema 1 exists.
    if (!readOnly) applyMigrations(db);
    return new SqliteProjectStore({ db, path: abs, readOnly, readOnlyReason: reason, lock, privateDir });
  } catch (err) {
    db?.close();
    lock?.release();
    if (privateDir) removeDir(privateDir);
    throw toAppException(err, name);
  }
}

/** Creates a new project file; refuses (`conflict`) when `file` exists. */
export function createProjectStore(file: string, info: NewProjectInfo): ProjectStore {
  const abs = path.resolve(file);
  const name = path.basename(abs);
  const project = checkInfo(info);
  const dir = path.dirname(abs);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new AppException('not-found', `The folder "${dir}" does not exist`, { path: dir });
  try {
    // O_EXCL: of two windows creating the same file, one gets `conflict`.
    fs.closeSync(fs.openSync(abs, 'wx'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new AppException('conflict', `"${name}" already exists; choose another name (nothing was overwritten)`, { path: abs });
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new AppException('io', `"${name}" cannot be created here (the folder is write-protected)`, { path: abs });
    throw new AppException('io', `"${name}" cannot be created (${code ?? String(err)})`, { path: abs });
  }
  let lock: ProjectLock | undefined;
  let db: Db | undefined;
  try {
    lock = ProjectLock.acquire(abs);
    db = connect(abs, false);
    const created = db;
    // Schema and first row in one commit: a crash leaves an empty file, never half a project.
    created
      .transaction(() => {
        applyMigrations(created);
        created
          .prepare('INSERT INTO project (id, name, government, term_start, term_end, language, created_at) VALUES (1, ?, ?, ?, ?, ?, ?)')
          .run(project.name, project.government, project.termStart, project.termEnd, project.language, project.createdAt);
      })
      .immediate();
    return new SqliteProjectStore({ db, path: abs, readOnly: false, lock });
  } catch (err) {
    db?.close();
    lock?.release();
    fs.rmSync(abs, { force: true });
    fs.rmSync(`${abs}-journal`, { force: true });
    throw toAppException(err, name);
  }
}

function connect(file: string, readOnly: boolean): Db {
  const db = new Database(file, { readonly: readOnly, fileMustExist: true, timeout: 5000 });
  try {
    // The file may come from someone else: no functions or virtual tables from its
    // schema run with our rights, and damaged pages are caught as they are read.
    db.pragma('trusted_schema = OFF');
    db.pragma('cell_size_check = ON');
    db.pragma('foreign_keys = ON');
    if (readOnly) {
      db.pragma('query_only = ON');
    } else {
      db.pragma('page_size = 4096');
      // Rollback journal + synchronous=FULL: a commit is on disk before it returns, and
      // between commits the .pwb alone holds everything (docs/adr/0002).
      db.pragma('journal_mode = DELETE');
      db.pragma('synchronous = FULL');
    }
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function writable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function checkInfo(info: NewProjectInfo): ProjectInfo {
  if (!info || typeof info !== 'object') throw new AppException('bad-request', 'a new project needs a name');
  const date = (v: unknown, field: string): string | null => {
    if (v === undefined || v === null || v === '') return null;
    if (typeof v !== 'string' || !DATE.test(v)) throw new AppException('bad-request', `${field} must be a date like 2019-10-02, or empty`);
    return v;
  };
  const project: ProjectInfo = {
    name: checkName(info.name),
    government: info.government === undefined ? '' : checkText(info.government, 'government'),
    termStart: date(info.termStart, 'termStart'),
    termEnd: date(info.termEnd, 'termEnd'),
    language: info.language === 'en' ? 'en' : 'nl',
    createdAt: typeof info.createdAt === 'string' && info.createdAt !== '' ? info.createdAt : new Date().toISOString(),
  };
  checkTermOrder(project);
  return project;
}
