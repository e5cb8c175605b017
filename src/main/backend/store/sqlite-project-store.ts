import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import type { Decision, ProjectInfo, RevisionDetail, RevisionSummary, SearchQuery, SearchResult, Section } from '../../../shared/models';
import { AppException } from '../errors';
import { DecisionLibrary } from './decision-library';
import { removeDir } from './file-validation';
import type { ProjectLock } from './project-lock';
import { compareSchema, describeObjects, expectedSchema, readSchema, SCHEMA_VERSION } from './schema';
import type { RefRow, SectionRow } from './section-codec';
import {
  changedFields,
  checkName,
  checkPatch,
  checkPath,
  checkReferences,
  checkStatus,
  checkText,
  checkVerdict,
  contentHash,
  describeChanges,
  pathKey,
  refFromRow,
  sectionFromRow,
  sectionFromSnapshot,
} from './section-codec';
import { toAppException } from './sqlite-errors';
import { Statements } from './statements';
import type { DecisionRecord, NewSection, ProjectStore, RevisionHash, SaveOptions, StoreSectionPatch } from './types';

export interface StoreParts {
  db: Db;
  path: string;
  readOnly: boolean;
  readOnlyReason?: string;
  lock?: ProjectLock;
  /** A private recovered copy being read instead of the file (read-only opens of a crashed file). */
  privateDir?: string;
}

interface ProjectRow {
  name: string;
  government: string;
  term_start: string | null;
  term_end: string | null;
  created_at: string;
}

interface RevisionRow {
  id: number;
  section_id: string;
  revision: number;
  author: string;
  saved_at: string;
  deleted: number;
  summary: string;
  snapshot?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class SqliteProjectStore implements ProjectStore {
  readonly path: string;
  readonly readOnly: boolean;
  readonly readOnlyReason?: string;
  private readonly db: Db;
  private readonly sql: Statements;
  private readonly decisions: DecisionLibrary;
  private readonly lock?: ProjectLock;
  private readonly privateDir?: string;
  private readonly name: string;
  private closed = false;

  constructor(parts: StoreParts) {
    this.db = parts.db;
    this.path = parts.path;
    this.readOnly = parts.readOnly;
    if (parts.readOnlyReason !== undefined) this.readOnlyReason = parts.readOnlyReason;
    this.lock = parts.lock;
    this.privateDir = parts.privateDir;
    this.name = path.basename(parts.path);
    this.sql = new Statements(this.db);
    this.decisions = new DecisionLibrary(this.sql);
  }

  // ---- project ---------------------------------------------------------------------

  info(): ProjectInfo {
    return this.read(() => {
      const row = this.sql.get<ProjectRow>('SELECT * FROM project WHERE id = 1').get();
      if (!row) throw new AppException('bad-file', `"${this.name}" is damaged: its project details are missing`);
      return { name: row.name, government: row.government, termStart: row.term_start, termEnd: row.term_end, createdAt: row.created_at };
    });
  }

  updateInfo(patch: Partial<Omit<ProjectInfo, 'createdAt'>>): ProjectInfo {
    if (!patch || typeof patch !== 'object') throw new AppException('bad-request', 'the change must be an object');
    return this.write(() => {
      const current = this.info();
      const next: ProjectInfo = { ...current };
      if (patch.name !== undefined) next.name = checkName(patch.name);
      if (patch.government !== undefined) next.government = checkText(patch.government, 'government');
      if (patch.termStart !== undefined) next.termStart = checkTermDate(patch.termStart, 'termStart');
      if (patch.termEnd !== undefined) next.termEnd = checkTermDate(patch.termEnd, 'termEnd');
      const same = next.name === current.name && next.government === current.government && next.termStart === current.termStart && next.termEnd === current.termEnd;
      if (!same) {
        this.sql
          .get('UPDATE project SET name = ?, government = ?, term_start = ?, term_end = ? WHERE id = 1')
          .run(next.name, next.government, next.termStart, next.termEnd);
      }
      return next;
    });
  }

  // ---- sections --------------------------------------------------------------------

  listSections(): Section[] {
    return this.read(() => {
      // Raw rows: tens of thousands of references are read here, and arrays are much
      // cheaper for better-sqlite3 to build than objects keyed by column name.
      const refs = new Map<string, Section['references']>();
      const rows = this.sql
        .get<[string, number, string, string | null, string, string | null]>(
          'SELECT section_id, number, date, meeting_start, title, url FROM refs ORDER BY section_id, position',
        )
        .raw(true)
        .all();
      let current = '';
      let list: Section['references'] = [];
      for (const [sectionId, number, date, meetingStart, title, url] of rows) {
        if (sectionId !== current) {
          current = sectionId;
          refs.set(sectionId, (list = []));
        }
        const ref: Section['references'][number] = { number, date, title };
        if (meetingStart !== null) ref.meetingStart = meetingStart;
        if (url !== null) ref.url = url;
        list.push(ref);
      }
      const sections = this.sql.get<SectionRow>('SELECT * FROM sections').all().map((row) => sectionFromRow(row, refs.get(row.id) ?? []));
      return sections.sort(compareSections);
    });
  }

  getSection(id: string): Section | null {
    if (typeof id !== 'string') throw new AppException('bad-request', 'a section id must be text');
    return this.read(() => {
      const row = this.sql.get<SectionRow>('SELECT * FROM sections WHERE id = ?').get(id);
      return row ? this.withRefs(row) : null;
    });
  }

  findSection(sectionPath: string[], name: string): Section | null {
    const key = pathKey(checkPath(sectionPath));
    return this.read(() => {
      const row = this.sql.get<SectionRow>('SELECT * FROM sections WHERE path = ? AND name = ?').get(key, String(name));
      return row ? this.withRefs(row) : null;
    });
  }

  createSection(input: NewSection, opts: SaveOptions): Section {
    if (!input || typeof input !== 'object') throw new AppException('bad-request', 'a new section must be an object');
    const author = checkAuthor(opts);
    const id = input.id === undefined ? crypto.randomUUID() : checkName(input.id);
    const sectionPath = checkPath(input.path);
    const name = checkName(input.name);
    const fields = {
      heading: checkText(input.heading, 'heading'),
      agreement: checkText(input.agreement, 'agreement'),
      body: checkText(input.body, 'body'),
      references: checkReferences(input.references),
      verdict: checkVerdict(input.verdict ?? 'not-rated'),
      verdictNote: checkText(input.verdictNote ?? '', 'verdictNote'),
      status: checkStatus(input.status ?? 'draft'),
      agreementChecksum: input.agreementChecksum === undefined || input.agreementChecksum === null ? null : checkText(input.agreementChecksum, 'agreementChecksum'),
    };
    if (input.order !== undefined && !Number.isSafeInteger(input.order)) throw new AppException('bad-request', 'order must be a whole number');
    return this.write(() => {
      if (this.sql.get('SELECT 1 FROM sections WHERE id = ?').get(id)) {
        throw new AppException('conflict', `A section with id ${id} already exists in "${this.name}"`);
      }
      this.assertFreeName(sectionPath, name);
      // A re-created id (a restored deletion) continues its history instead of restarting it.
      const last = this.sql.get<{ m: number | null }>('SELECT max(revision) AS m FROM revisions WHERE section_id = ?').get(id)!.m ?? 0;
      const now = new Date().toISOString();
      const section: Section = {
        id,
        path: sectionPath,
        name,
        order: input.order ?? this.nextOrder(sectionPath),
        ...fields,
        createdAt: now,
        updatedAt: now,
        revision: last + 1,
      };
      this.sql
        .get(
          `INSERT INTO sections (id, path, name, sort_order, heading, agreement, body, verdict, verdict_note, status, agreement_checksum, created_at, updated_at, revision)
           VALUES (@id, @path, @name, @sort_order, @heading, @agreement, @body, @verdict, @verdict_note, @status, @agreement_checksum, @created_at, @updated_at, @revision)`,
        )
        .run(toRow(section));
      this.insertRefs(id, section.references);
      this.addRevision(section, author, 'created', false);
      return section;
    });
  }

  saveSection(id: string, patch: StoreSectionPatch, opts: SaveOptions): Section {
    const author = checkAuthor(opts);
    const change = checkPatch(patch);
    return this.write(() => {
      const current = this.mustGet(id);
      checkBase(current, opts, this.name);
      let fields = changedFields(current, change);
      if (fields.length === 0) return current;
      const next: Section = { ...current, ...change, updatedAt: new Date().toISOString(), revision: current.revision + 1 };
      const moved = fields.includes('path') || fields.includes('name');
      if (moved) this.assertFreeName(next.path, next.name);
      if (fields.includes('path') && change.order === undefined) {
        next.order = this.nextOrder(next.path);
        fields = changedFields(current, { ...change, order: next.order });
      }
      this.sql
        .get(
          `UPDATE sections SET path = @path, name = @name, sort_order = @sort_order, heading = @heading, agreement = @agreement, body = @body,
           verdict = @verdict, verdict_note = @verdict_note, status = @status, agreement_checksum = @agreement_checksum,
           updated_at = @updated_at, revision = @revision WHERE id = @id`,
        )
        .run(toRow(next));
      if (fields.includes('references')) {
        this.sql.get('DELETE FROM refs WHERE section_id = ?').run(id);
        this.insertRefs(id, next.references);
      }
      this.addRevision(next, author, describeChanges(fields), false);
      return next;
    });
  }

  deleteSection(id: string, opts: SaveOptions): void {
    const author = checkAuthor(opts);
    this.write(() => {
      const current = this.mustGet(id);
      checkBase(current, opts, this.name);
      this.sql.get('DELETE FROM sections WHERE id = ?').run(id);
      // The tombstone keeps the last content, so a deletion can be undone from history.
      this.addRevision({ ...current, updatedAt: new Date().toISOString(), revision: current.revision + 1 }, author, 'deleted', true);
    });
  }

  transaction<T>(fn: () => T): T {
    this.assertOpen();
    if (this.db.inTransaction) return fn();
    if (this.readOnly) return this.guard(() => this.db.transaction(fn).deferred());
    this.lock?.verify();
    return this.guard(() => this.db.transaction(fn).immediate());
  }

  // ---- decisions -------------------------------------------------------------------

  upsertDecisions(records: DecisionRecord[]): { inserted: number; updated: number } {
    return this.write(() => this.decisions.upsert(records));
  }

  searchDecisions(query: SearchQuery): SearchResult {
    return this.read(() => this.decisions.search(query));
  }

  getDecision(key: number): Decision | null {
    return this.read(() => this.decisions.get(key));
  }

  decisionsByUrl(urls: string[]): Record<string, Decision> {
    return this.read(() => this.decisions.byUrl(urls));
  }

  decisionCount(): number {
    return this.read(() => this.decisions.count());
  }

  // ---- history ---------------------------------------------------------------------

  listRevisions(sectionId: string): RevisionSummary[] {
    if (typeof sectionId !== 'string') throw new AppException('bad-request', 'a section id must be text');
    return this.read(() =>
      this.sql
        .get<RevisionRow>('SELECT id, section_id, revision, author, saved_at, deleted, summary FROM revisions WHERE section_id = ? ORDER BY revision DESC')
        .all(sectionId)
        .map(toSummary),
    );
  }

  getRevision(id: number): RevisionDetail | null {
    if (!Number.isSafeInteger(id)) throw new AppException('bad-request', 'a revision id must be a whole number');
    return this.read(() => {
      const row = this.sql.get<RevisionRow>('SELECT * FROM revisions WHERE id = ?').get(id);
      return row ? { ...toSummary(row), section: sectionFromSnapshot(row.snapshot ?? '', row.id) } : null;
    });
  }

  listRevisionHashes(): RevisionHash[] {
    return this.read(() =>
      this.sql
        .get<RevisionRow & { content_hash: string }>(
          'SELECT id, section_id, revision, author, saved_at, deleted, content_hash FROM revisions ORDER BY section_id, revision',
        )
        .all()
        .map((r) => ({
          id: r.id,
          sectionId: r.section_id,
          revision: r.revision,
          author: r.author,
          savedAt: r.saved_at,
          deleted: r.deleted === 1,
          contentHash: r.content_hash,
        })),
    );
  }

  // ---- file ------------------------------------------------------------------------

  saveCopy(dest: string): void {
    this.assertOpen();
    if (typeof dest !== 'string' || dest === '') throw new AppException('bad-request', 'a copy needs a file name');
    if (this.db.inTransaction) throw new AppException('bad-request', 'a copy cannot be written inside a transaction');
    const target = path.resolve(dest);
    const destName = path.basename(target);
    if (samePath(target, this.path)) throw new AppException('bad-request', `A copy cannot overwrite the open project "${this.name}"; choose another name`);
    const dir = path.dirname(target);
    if (!fs.existsSync(dir)) throw new AppException('io', `The folder "${dir}" does not exist`);
    if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw new AppException('io', `"${destName}" is a folder`);
    const temp = path.join(dir, `.${destName}.${crypto.randomUUID().slice(0, 8)}.tmp`);
    try {
      this.guard(() => {
        // query_only forbids VACUUM INTO too; the connection itself stays read-only.
        if (this.readOnly) this.db.pragma('query_only = OFF');
        try {
          this.sql.get('VACUUM INTO ?').run(temp);
        } finally {
          if (this.readOnly) this.db.pragma('query_only = ON');
        }
      });
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

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      if (!this.readOnly && this.db.open) {
        // The file runs in rollback-journal mode (see docs/adr/0002), so there is no WAL
        // to fold in. Should it ever be in WAL mode (a file last written by another
        // tool), fold the WAL in and switch back so the .pwb alone holds everything.
        const mode = this.db.pragma('journal_mode', { simple: true });
        if (mode === 'wal') {
          this.db.pragma('wal_checkpoint(TRUNCATE)');
          this.db.pragma('journal_mode = DELETE');
        }
        this.dropColdJournal();
      }
    } finally {
      this.db.close();
      this.lock?.release();
      if (this.privateDir) removeDir(this.privateDir);
    }
  }

  /**
   * A crash at the very start of a commit can leave a journal SQLite rightly ignores
   * (no header yet) but only removes at the next write. Holding an EXCLUSIVE lock
   * proves no connection anywhere is mid-write, so the journal is such a leftover
   * and goes, and the .pwb is alone again.
   */
  private dropColdJournal(): void {
    const journal = `${this.path}-journal`;
    if (!fs.existsSync(journal)) return;
    try {
      this.db.exec('BEGIN EXCLUSIVE');
      try {
        fs.rmSync(journal, { force: true });
      } finally {
        this.db.exec('COMMIT');
      }
    } catch {
      // Busy (another program is writing): then the journal is theirs to remove.
    }
  }

  // ---- helpers ---------------------------------------------------------------------

  private assertOpen(): void {
    if (this.closed) throw new AppException('no-project', `"${this.name}" is closed`);
  }

  private read<T>(fn: () => T): T {
    this.assertOpen();
    return this.guard(fn);
  }

  /** Runs a change in one IMMEDIATE transaction (joining an open one), after the read-only and lock checks. */
  private write<T>(fn: () => T): T {
    this.assertOpen();
    if (this.readOnly) {
      throw new AppException('read-only', `"${this.name}" is open read-only (${this.readOnlyReason ?? 'opened read-only'}); nothing was saved`);
    }
    if (this.db.inTransaction) return fn();
    this.lock?.verify();
    return this.guard(() => this.db.transaction(fn).immediate());
  }

  private guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      throw toAppException(err, this.name);
    }
  }

  private mustGet(id: string): Section {
    if (typeof id !== 'string') throw new AppException('bad-request', 'a section id must be text');
    const row = this.sql.get<SectionRow>('SELECT * FROM sections WHERE id = ?').get(id);
    if (!row) throw new AppException('not-found', `There is no section ${id} in "${this.name}"`);
    return this.withRefs(row);
  }

  private withRefs(row: SectionRow): Section {
    const refs = this.sql.get<RefRow>('SELECT * FROM refs WHERE section_id = ? ORDER BY position').all(row.id);
    return sectionFromRow(row, refs.map(refFromRow));
  }

  private nextOrder(sectionPath: string[]): number {
    const m = this.sql.get<{ m: number | null }>('SELECT max(sort_order) AS m FROM sections WHERE path = ?').get(pathKey(sectionPath))!.m;
    return m === null ? 0 : m + 1;
  }

  private assertFreeName(sectionPath: string[], name: string): void {
    if (this.sql.get('SELECT 1 FROM sections WHERE path = ? AND name = ?').get(pathKey(sectionPath), name)) {
      const where = sectionPath.length ? `folder "${sectionPath.join(' / ')}"` : 'the top folder';
      throw new AppException('conflict', `A section named "${name}" already exists in ${where}`);
    }
  }

  private insertRefs(sectionId: string, refs: Section['references']): void {
    const insert = this.sql.get(
      'INSERT INTO refs (section_id, position, number, date, meeting_start, title, url) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    refs.forEach((r, i) => insert.run(sectionId, i, r.number, r.date, r.meetingStart ?? null, r.title, r.url ?? null));
  }

  private addRevision(section: Section, author: string, summary: string, deleted: boolean): void {
    this.sql
      .get(
        `INSERT INTO revisions (section_id, revision, author, saved_at, deleted, content_hash, summary, snapshot)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(section.id, section.revision, author, section.updatedAt, deleted ? 1 : 0, contentHash(section), summary, JSON.stringify(section));
  }
}

function toRow(s: Section): SectionRow {
  return {
    id: s.id,
    path: pathKey(s.path),
    name: s.name,
    sort_order: s.order,
    heading: s.heading,
    agreement: s.agreement,
    body: s.body,
    verdict: s.verdict,
    verdict_note: s.verdictNote,
    status: s.status,
    agreement_checksum: s.agreementChecksum,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
    revision: s.revision,
  };
}

function toSummary(r: RevisionRow): RevisionSummary {
  const summary: RevisionSummary = { id: r.id, sectionId: r.section_id, revision: r.revision, author: r.author, savedAt: r.saved_at, summary: r.summary };
  if (r.deleted) summary.deleted = true;
  return summary;
}

/** Folders element by element (a folder's own sections before its subfolders'), then order, then name. */
function compareSections(a: Section, b: Section): number {
  const n = Math.min(a.path.length, b.path.length);
  for (let i = 0; i < n; i++) {
    if (a.path[i] !== b.path[i]) return a.path[i] < b.path[i] ? -1 : 1;
  }
  if (a.path.length !== b.path.length) return a.path.length - b.path.length;
  if (a.order !== b.order) return a.order - b.order;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function checkAuthor(opts: SaveOptions): string {
  if (!opts || typeof opts.author !== 'string') throw new AppException('bad-request', 'a save needs an author');
  if (opts.baseRevision !== undefined && !Number.isSafeInteger(opts.baseRevision)) throw new AppException('bad-request', 'baseRevision must be a whole number');
  return opts.author;
}

function checkBase(current: Section, opts: SaveOptions, name: string): void {
  if (opts.baseRevision !== undefined && opts.baseRevision !== current.revision) {
    throw new AppException(
      'conflict',
      `"${current.name}" was changed elsewhere (now revision ${current.revision}, this edit started from revision ${opts.baseRevision}); nothing was saved`,
      { sectionId: current.id, currentRevision: current.revision, baseRevision: opts.baseRevision, project: name },
    );
  }
}

function checkTermDate(value: unknown, field: string): string | null {
  if (value === null) return null;
  if (typeof value !== 'string' || !DATE.test(value)) throw new AppException('bad-request', `${field} must be a date like 2019-10-02, or empty`);
  return value;
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
