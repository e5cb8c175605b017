// Decides whether a file may be trusted as a project before anything else touches it:
// byte checks first (file-header.ts), then SQLite's own check and an exact schema
// comparison in a time-limited worker. Nothing here writes to or beside the file:
// SQLite opens it read-only, and a file left with a journal or WAL to replay (a crash)
// is checked on a private copy in the temp folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { AppError } from '../../../shared/models';
import { AppException } from '../errors';
import { checkHeader, HEADER_SIZE, JOURNAL_MAGIC } from './file-header';
import { OPEN_CHECKS } from './project-limits';
import { APPLICATION_ID, compareSchema, describeObjects, expectedSchema, SCHEMA_VERSION } from './schema';
import type { SchemaObject } from './schema';
import type { ValidationResult } from './types';
import { WORKER_SOURCE } from './validation-worker';
import type { WorkerInput, WorkerReply } from './validation-worker';

export const DEFAULT_VALIDATE_TIMEOUT_MS = 10_000;

/** The untrusted-file limits as the checker takes them (no functions cross to a worker). */
const OPEN_LIMITS = OPEN_CHECKS.map(({ sql, limit }) => ({ sql, limit }));

export interface Inspection {
  schemaVersion: number;
  /** Written by a newer version: readable, never writable. */
  newerVersion: boolean;
  /** A crashed file checked on a recovered private copy; the caller owns (and removes) `dir`. */
  privateCopy?: { dir: string; file: string };
}

const sqliteModule = createRequire(import.meta.url).resolve('better-sqlite3');

/** Checks a file without opening it for use; never throws, never changes the file. */
export async function validateProjectFile(file: string, opts: { timeoutMs?: number } = {}): Promise<ValidationResult> {
  try {
    const found = await inspectProjectFile(file, opts.timeoutMs);
    if (found.privateCopy) removeDir(found.privateCopy.dir);
    return { ok: true, schemaVersion: found.schemaVersion, newerVersion: found.newerVersion };
  } catch (err) {
    const error: AppError = err instanceof AppException ? err.toError() : { code: 'bad-file', message: `"${path.basename(file)}" could not be checked: ${String(err)}` };
    return { ok: false, error };
  }
}

/** Throws AppException (`not-found`, `bad-file`, `newer-version`, `io`, `locked`) when the file may not be opened. */
export async function inspectProjectFile(file: string, timeoutMs = DEFAULT_VALIDATE_TIMEOUT_MS): Promise<Inspection> {
  const abs = path.resolve(file);
  const name = path.basename(abs);
  const deadline = Date.now() + timeoutMs;
  const refuse = (reason: string, code: AppError['code'] = 'bad-file') => new AppException(code, `"${name}" ${reason}`, { path: abs });
  const tooLong = () => refuse(`took too long to check (over ${formatSeconds(timeoutMs)}); it may be damaged`);
  const pending: Promise<unknown>[] = [];
  const limit = <T>(p: Promise<T>) => {
    pending.push(p.catch(() => undefined));
    return withinDeadline(p, deadline, tooLong);
  };
  const readFs = <T>(p: Promise<T>) =>
    limit(p).catch((err) => {
      throw err instanceof AppException ? err : fsProblem(err, abs, name);
    });

  const stat = await readFs(fs.promises.stat(abs));
  if (stat.isDirectory()) throw refuse('is a folder, not a project file');
  if (!stat.isFile()) throw refuse('is not a regular file');
  const head = await readFs(readBytes(abs, 0, HEADER_SIZE));

  // Magic and application id first, whatever state the file is in.
  const first = checkHeader(head, stat.size, false);
  if (!first.ok) throw refuse(first.reason);
  const leftovers = async () => {
    const found = { journal: await sidecar(`${abs}-journal`, true), wal: await sidecar(`${abs}-wal`, false) };
    if (found.journal.namesOtherFiles) {
      throw refuse(`has a leftover journal ("${name}-journal") that refers to other files; it was not opened, so nothing it names is touched`);
    }
    return found;
  };
  const { journal, wal } = await readFs(leftovers());

  const check = async (replay: boolean): Promise<Inspection> => {
    let privateCopy: Inspection['privateCopy'];
    try {
      let target = abs;
      if (!replay) {
        const full = checkHeader(head, stat.size);
        if (!full.ok) throw refuse(full.reason);
      } else {
        // An interrupted write is finished (rolled back) by SQLite on a copy, and only
        // the result is checked: the sizes in the original may legitimately disagree.
        // Looked at again: on a retry the journal is one that appeared after the first look.
        const now = await readFs(leftovers());
        privateCopy = await limit(copyForReplay(abs, now.journal.hot, now.wal.present));
        target = privateCopy.file;
        const replayed = await runWorker({ sqlite: sqliteModule, file: target, recover: true }, deadline);
        if (!replayed.ok) throw refuse(describeSqliteError(replayed.code, replayed.message));
        const copyStat = await fs.promises.stat(target);
        const full = checkHeader(await readBytes(target, 0, HEADER_SIZE), copyStat.size);
        if (!full.ok) throw refuse(full.reason);
      }
      const reply = await runWorker({ sqlite: sqliteModule, file: target, recover: false, limits: OPEN_LIMITS }, deadline);
      if (!reply.ok) {
        // A journal appeared between our look and SQLite's (a crash right then): replay it on a copy.
        if (!replay && /^SQLITE_(READONLY|CANTOPEN)/.test(reply.code ?? '')) return await check(true);
        if (reply.code === 'SQLITE_BUSY') throw refuse('is busy in another program; try again in a moment', 'locked');
        throw refuse(describeSqliteError(reply.code, reply.message));
      }
      if (reply.recovered) throw new Error('the checker answered the wrong question');
      const verdict = judge(reply.applicationId, reply.userVersion, reply.quickCheck, reply.schema);
      if (!verdict.ok) throw refuse(verdict.reason, verdict.code);
      const over = reply.overLimit;
      if (over && 'index' in over) throw refuse(`cannot be used: it ${OPEN_CHECKS[over.index].says(over.found, OPEN_CHECKS[over.index].limit)}`);
      if (over && reply.userVersion <= SCHEMA_VERSION) throw refuse(`could not be measured: ${clean(over.error)}`);
      return { schemaVersion: reply.userVersion, newerVersion: reply.userVersion > SCHEMA_VERSION, privateCopy };
    } catch (err) {
      if (privateCopy) {
        const dir = privateCopy.dir;
        void Promise.allSettled(pending).then(() => removeDir(dir));
      }
      throw err instanceof WorkerTimeout ? tooLong() : err;
    }
  };
  return check(journal.hot || wal.present || first.facts.walMode);
}

type Judgement = { ok: true } | { ok: false; reason: string; code: AppError['code'] };

/** What SQLite reported about a file, against what a project of that version must be. */
function judge(applicationId: number, userVersion: number, quickCheck: string[], schema: SchemaObject[]): Judgement {
  const bad = (reason: string, code: AppError['code'] = 'bad-file'): Judgement => ({ ok: false, reason, code });
  if (applicationId >>> 0 !== APPLICATION_ID) {
    return bad(`is an SQLite database of another program (application id 0x${(applicationId >>> 0).toString(16).toUpperCase().padStart(8, '0')}), not a project`);
  }
  if (quickCheck.length !== 1 || quickCheck[0] !== 'ok') {
    const n = quickCheck.length;
    return bad(`is damaged: SQLite's check found ${n >= 20 ? 'many problems' : n === 1 ? 'a problem' : `${n} problems`} (${clean(quickCheck[0])})`);
  }
  if (!Number.isInteger(userVersion) || userVersion < 1) return bad('is damaged: it has no schema version');
  if (userVersion > SCHEMA_VERSION) {
    const v = compareSchema(schema, expectedSchema(SCHEMA_VERSION), true);
    if (!v.ok) {
      return bad(`was written by a newer Policy Workbench (schema ${userVersion}) in a way this version cannot read; update Policy Workbench to open it`, 'newer-version');
    }
    return { ok: true };
  }
  const v = compareSchema(schema, expectedSchema(userVersion));
  if (v.ok) return { ok: true };
  const list = describeObjects(v.objects);
  if (v.kind === 'foreign') return bad(`contains objects that are not part of a project: ${list}`);
  const verb = v.objects.length === 1 ? 'is' : 'are';
  if (v.kind === 'altered') return bad(`is damaged: ${list} ${verb} not as Policy Workbench writes ${v.objects.length === 1 ? 'it' : 'them'}`);
  return bad(`is damaged: ${list} ${verb} missing`);
}

export function describeSqliteError(code: string | null, message: string): string {
  if (code === 'SQLITE_NOTADB') return 'is damaged: SQLite cannot read it as a database';
  if (code && code.startsWith('SQLITE_CORRUPT')) return `is damaged: ${clean(message)}`;
  if (code === 'SQLITE_NOMEM' || code === 'SQLITE_TOOBIG') return 'is damaged: it needs more memory than a project ever does';
  return `could not be checked: ${clean(message)}`;
}

function clean(s: string | undefined): string {
  return String(s ?? '').replace(/[\p{C}]/gu, ' ').slice(0, 200);
}

interface Sidecar {
  present: boolean;
  /** A rollback journal SQLite would replay. */
  hot: boolean;
  /** The journal ends in a super-journal record: replaying it may delete a file it names. */
  namesOtherFiles: boolean;
}

async function sidecar(file: string, isJournal: boolean): Promise<Sidecar> {
  const none = { present: false, hot: false, namesOtherFiles: false };
  const stat = await fs.promises.stat(file).catch(() => null);
  if (!stat || !stat.isFile() || stat.size === 0) return none;
  if (!isJournal) return { present: true, hot: false, namesOtherFiles: false };
  const start = await readBytes(file, 0, 8);
  const hot = start.equals(JOURNAL_MAGIC);
  const end = stat.size >= 16 ? await readBytes(file, stat.size - 8, 8) : Buffer.alloc(0);
  return { present: true, hot, namesOtherFiles: hot && end.equals(JOURNAL_MAGIC) };
}

async function copyForReplay(file: string, journal: boolean, wal: boolean): Promise<{ dir: string; file: string }> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'pwb-check-'));
  const copy = path.join(dir, 'project.pwb');
  try {
    // Journal before database: if a live writer commits meanwhile, replaying the
    // older journal over the newer database still yields the older, whole state.
    if (journal) await fs.promises.copyFile(`${file}-journal`, `${copy}-journal`);
    await fs.promises.copyFile(file, copy);
    if (wal) await fs.promises.copyFile(`${file}-wal`, `${copy}-wal`);
  } catch (err) {
    removeDir(dir);
    throw fsProblem(err, file, path.basename(file));
  }
  return { dir, file: copy };
}

async function readBytes(file: string, position: number, length: number): Promise<Buffer> {
  const fh = await fs.promises.open(file, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await fh.read(buf, 0, length, position);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

class WorkerTimeout extends Error {}

function runWorker(input: WorkerInput, deadline: number): Promise<WorkerReply> {
  const left = deadline - Date.now();
  if (left <= 0) return Promise.reject(new WorkerTimeout());
  return new Promise((resolve, reject) => {
    let settled = false;
    // No execArgv: a loader the app was started with (tsx, a test runner's) has no business in the checker.
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: input, execArgv: [], stdout: true, stderr: true });
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => {
      finish(() => reject(new WorkerTimeout()));
      // A worker stuck inside SQLite stops when it returns to JavaScript; never wait for it.
      worker.unref();
      void worker.terminate();
    }, left);
    worker.once('message', (reply: WorkerReply) => finish(() => resolve(reply)));
    worker.once('error', (err) => finish(() => resolve({ ok: false, code: null, message: err.message })));
    worker.once('exit', (code) => finish(() => resolve({ ok: false, code: null, message: `the checker stopped (exit ${code})` })));
  });
}

function withinDeadline<T>(p: Promise<T>, deadline: number, onTimeout: () => Error): Promise<T> {
  const left = deadline - Date.now();
  if (left <= 0) return Promise.reject(onTimeout());
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), left);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

export function fsProblem(err: unknown, file: string, name: string): AppException {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return new AppException('not-found', `"${name}" does not exist`, { path: file });
  if (code === 'EACCES' || code === 'EPERM') return new AppException('io', `"${name}" cannot be read (permission denied)`, { path: file });
  if (code === 'EISDIR') return new AppException('bad-file', `"${name}" is a folder, not a project file`, { path: file });
  return new AppException('io', `"${name}" cannot be read (${code ?? String(err)})`, { path: file });
}

export function removeDir(dir: string): void {
  try {
    fs.rmSync(dir, { recursive: true, force: true });
  } catch {
    // A temp folder we cannot remove is the OS's to clean; never fail an open for it.
  }
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}
