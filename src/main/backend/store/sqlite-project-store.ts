// The ProjectStore over one open `.pwb`: input checks, the read-only and lock guards,
// transactions, and closing. The statements live in section-repo.ts and
// decision-library.ts; opening and creating in open-project.ts.
import fs from 'node:fs';
import path from 'node:path';
import type { Database as Db } from 'better-sqlite3';
import type { SearchIndex } from '../../../core/search';
import { termInOrder } from '../../../shared/project-info-rules';
import { LANGUAGES } from '../../../shared/languages';
import type { Language } from '../../../shared/languages';
import type { Decision, IntegrityReport, ProjectInfo, RevisionDetail, RevisionSummary, SearchQuery, SearchResult, Section } from '../../../shared/models';
import { sectionRuleProblem } from '../../../shared/content-checks';
import type { SectionContentField } from '../../../shared/content-checks';
import { LIMITS } from '../../../shared/limits';
import { AppException } from '../errors';
import { DecisionLibrary } from './decision-library';
import { EvidenceDismissals } from './evidence-dismissals';
import { removeDir } from './file-validation';
import type { ProjectLock } from './project-lock';
import { writeCheckedCopy } from './save-copy';
import { checkName, checkPatch, checkPath, checkReferences, checkStatus, checkText, checkVerdict } from './section-codec';
import { SectionRepo } from './section-repo';
import { toAppException } from './sqlite-errors';
import { assertExportable, assertWithin, LIBRARY_TOTALS, SECTION_TOTALS } from './project-limits';
import { Statements } from './statements';
import type { DecisionRecord, Dismissal, NewSection, ProjectStore, RevisionHash, SaveOptions, StoreSectionPatch } from './types';

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
  /** Absent in a schema-1 file opened read-only (it is not migrated). */
  language?: string;
  created_at: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkLanguage(value: unknown): Language {
  if (typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)) return value as Language;
  throw new AppException('bad-request', `language must be one of ${LANGUAGES.join(', ')}`);
}

export class SqliteProjectStore implements ProjectStore {
  readonly path: string;
  readonly readOnly: boolean;
  readonly readOnlyReason?: string;
  private readonly db: Db;
  private readonly sql: Statements;
  private readonly sections: SectionRepo;
  private readonly decisions: DecisionLibrary;
  private readonly dismissals: EvidenceDismissals;
  private readonly lock?: ProjectLock;
  private readonly privateDir?: string;
  private readonly name: string;
  private closed = false;
  /** What the running write transaction added to, so its totals are checked before it commits. */
  private grew = { sections: false, library: false };
  /** Sections the running write transaction put somewhere (created, moved, renamed). */
  private readonly placed = new Set<string>();

  constructor(parts: StoreParts) {
    this.db = parts.db;
    this.path = parts.path;
    this.readOnly = parts.readOnly;
    if (parts.readOnlyReason !== undefined) this.readOnlyReason = parts.readOnlyReason;
    this.lock = parts.lock;
    this.privateDir = parts.privateDir;
    this.name = path.basename(parts.path);
    this.sql = new Statements(this.db);
    this.sections = new SectionRepo(this.sql, this.name);
    this.decisions = new DecisionLibrary(this.sql);
    this.dismissals = new EvidenceDismissals(this.sql);
  }

  // ---- project ---------------------------------------------------------------------

  info(): ProjectInfo {
    return this.read(() => {
      const row = this.sql.get<ProjectRow>('SELECT * FROM project WHERE id = 1').get();
      if (!row) throw new AppException('bad-file', `"${this.name}" is damaged: its project details are missing`);
      const language: Language = row.language === 'en' ? 'en' : 'nl';
      return { name: row.name, government: row.government, termStart: row.term_start, termEnd: row.term_end, language, createdAt: row.created_at };
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
      if (patch.language !== undefined) next.language = checkLanguage(patch.language);
      checkTermOrder(next);
      const same =
        next.name === current.name &&
        next.government === current.government &&
        next.termStart === current.termStart &&
        next.termEnd === current.termEnd &&
        next.language === current.language;
      if (!same) {
        this.sql
          .get('UPDATE project SET name = ?, government = ?, term_start = ?, term_end = ?, language = ? WHERE id = 1')
          .run(next.name, next.government, next.termStart, next.termEnd, next.language);
      }
      return next;
    });
  }

  // ---- sections --------------------------------------------------------------------

  listSections(): Section[] {
    return this.read(() => this.sections.list());
  }

  getSection(id: string): Section | null {
    checkId(id, 'a section id');
    return this.read(() => this.sections.get(id));
  }

  findSection(sectionPath: string[], name: string): Section | null {
    const folder = checkPath(sectionPath);
    return this.read(() => this.sections.find(folder, String(name)));
  }

  createSection(input: NewSection, opts: SaveOptions): Section {
    if (!input || typeof input !== 'object') throw new AppException('bad-request', 'a new section must be an object');
    checkSaveOptions(opts);
    if (input.order !== undefined && !Number.isSafeInteger(input.order)) throw new AppException('bad-request', 'order must be a whole number');
    const checked = {
      path: checkPath(input.path),
      name: checkName(input.name),
      heading: checkText(input.heading, 'heading'),
      agreement: checkText(input.agreement, 'agreement'),
      body: checkText(input.body, 'body'),
      references: checkReferences(input.references),
      verdict: checkVerdict(input.verdict ?? 'not-rated'),
      verdictNote: checkText(input.verdictNote ?? '', 'verdictNote'),
      status: checkStatus(input.status ?? 'draft'),
      agreementChecksum: input.agreementChecksum === undefined || input.agreementChecksum === null ? null : checkText(input.agreementChecksum, 'agreementChecksum'),
      ...(input.id === undefined ? {} : { id: checkName(input.id) }),
      ...(input.order === undefined ? {} : { order: input.order }),
    };
    if (checked.id !== undefined && checked.id.length > LIMITS.sectionId) throw new AppException('bad-request', `Not saved: a section id has at most ${LIMITS.sectionId} characters`);
    checkChecksum(checked.agreementChecksum);
    refuseBrokenRules(checked, checked.name);
    return this.write(() => {
      this.grew.sections = true;
      const created = this.sections.create(checked, opts.author);
      this.placed.add(created.id);
      return created;
    });
  }

  saveSection(id: string, patch: StoreSectionPatch, opts: SaveOptions): Section {
    checkId(id, 'a section id');
    checkSaveOptions(opts);
    const change = checkPatch(patch);
    refuseBrokenRules(change, change.name);
    checkChecksum(change.agreementChecksum);
    return this.write(() => {
      this.grew.sections = true;
      if (change.path !== undefined || change.name !== undefined) this.placed.add(id);
      return this.sections.save(id, change, opts);
    });
  }

  deleteSection(id: string, opts: SaveOptions): void {
    checkId(id, 'a section id');
    checkSaveOptions(opts);
    this.write(() => this.sections.delete(id, opts));
  }

  transaction<T>(fn: () => T): T {
    this.assertOpen();
    if (this.db.inTransaction) return fn();
    if (this.readOnly) return this.guard(() => this.db.transaction(fn).deferred());
    this.lock?.verify();
    return this.guard(() => this.db.transaction(this.withinLimits(fn)).immediate());
  }

  // ---- decisions -------------------------------------------------------------------

  upsertDecisions(records: DecisionRecord[]): { inserted: number; updated: number } {
    return this.write(() => {
      this.grew.library = true;
      return this.decisions.upsert(records);
    });
  }

  searchDecisions(query: SearchQuery): SearchResult {
    return this.read(() => this.decisions.search(query));
  }

  decisionIndex(): SearchIndex {
    return this.read(() => this.decisions.searchIndex());
  }

  indexDecisions(budgetMs: number): boolean {
    return this.read(() => this.decisions.indexStep(budgetMs));
  }

  getDecision(key: number): Decision | null {
    return this.read(() => this.decisions.get(key));
  }

  decisionsByKeys(keys: number[]): Map<number, Decision> {
    return this.read(() => this.decisions.byKeys(keys));
  }

  decisionKeysByIdentity(identities: string[]): Map<string, number> {
    return this.read(() => this.decisions.keysByIdentity(identities));
  }

  listDismissals(sectionId?: string): Dismissal[] {
    return this.read(() => this.dismissals.list(sectionId));
  }

  addDismissal(dismissal: Dismissal): boolean {
    return this.write(() => this.dismissals.add(dismissal));
  }

  removeDismissal(sectionId: string, decision: string): boolean {
    return this.write(() => this.dismissals.remove(sectionId, decision));
  }

  decisionsByUrl(urls: string[]): Record<string, Decision> {
    return this.read(() => this.decisions.byUrl(urls));
  }

  decisionCount(): number {
    return this.read(() => this.decisions.count());
  }

  // ---- history ---------------------------------------------------------------------

  listRevisions(sectionId: string): RevisionSummary[] {
    checkId(sectionId, 'a section id');
    return this.read(() => this.sections.revisions(sectionId));
  }

  getRevision(id: number): RevisionDetail | null {
    if (!Number.isSafeInteger(id)) throw new AppException('bad-request', 'a revision id must be a whole number');
    return this.read(() => this.sections.revision(id));
  }

  listRevisionHashes(): RevisionHash[] {
    return this.read(() => this.sections.revisionHashes());
  }

  verifyContent(): IntegrityReport {
    // One read transaction: a save in between would look like damage.
    return this.read(() => this.db.transaction(() => this.sections.verify(this.sections.list())).deferred());
  }

  // ---- file ------------------------------------------------------------------------

  saveCopy(dest: string): void {
    this.assertOpen();
    writeCheckedCopy(this.db, this.readOnly, this.path, dest);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      if (!this.readOnly && this.db.open) {
        // The file runs in rollback-journal mode (docs/adr/0002), so there is no WAL
        // to fold in. Should it ever be in WAL mode (last written by another tool),
        // fold the WAL in and switch back so the .pwb alone holds everything.
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

  // ---- guards ----------------------------------------------------------------------

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
    return this.guard(() => this.db.transaction(this.withinLimits(fn)).immediate());
  }

  /**
   * `fn`, then — still inside its transaction, once for all the writes it made — the
   * project's totals (LIMITS): a write that takes the project past one rolls back whole.
   */
  private withinLimits<T>(fn: () => T): () => T {
    return () => {
      this.grew = { sections: false, library: false };
      this.placed.clear();
      try {
        const result = fn();
        if (this.grew.sections) assertWithin(this.sql, SECTION_TOTALS, 'project');
        if (this.grew.library) assertWithin(this.sql, LIBRARY_TOTALS, 'decision library');
        if (this.placed.size > 0) assertExportable(this.sql, this.placed);
        return result;
      } catch (err) {
        // Rolled back: an index (re)built from the library inside it would be of rows that never were.
        if (this.grew.library) this.decisions.forget();
        throw err;
      } finally {
        this.grew = { sections: false, library: false };
        this.placed.clear();
      }
    };
  }

  private guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      throw toAppException(err, this.name);
    }
  }
}

/** The content rules (src/shared/content-checks.ts) hold for every write, whichever door it came through. */
function refuseBrokenRules(content: Partial<Record<SectionContentField, unknown>>, name: string | undefined): void {
  const problem = sectionRuleProblem(content);
  if (problem) throw new AppException('bad-request', `Not saved${name === undefined ? '' : ` (${JSON.stringify(name.slice(0, 80))})`}: ${problem}`);
}

/** An agreement checksum is a SHA-256 in hex; a colleague's file may hold anything there. */
function checkChecksum(checksum: string | null | undefined): void {
  if (typeof checksum === 'string' && checksum.length > 128) throw new AppException('bad-request', 'Not saved: an agreement checksum has at most 128 characters');
}

function checkId(id: unknown, what: string): void {
  if (typeof id !== 'string') throw new AppException('bad-request', `${what} must be text`);
}

function checkSaveOptions(opts: SaveOptions): void {
  if (!opts || typeof opts.author !== 'string') throw new AppException('bad-request', 'a save needs an author');
  if (opts.baseRevision !== undefined && !Number.isSafeInteger(opts.baseRevision)) throw new AppException('bad-request', 'baseRevision must be a whole number');
}

/** A term that ends before it starts is a typing mistake the checker would report on every section. */
export function checkTermOrder(info: Pick<ProjectInfo, 'termStart' | 'termEnd'>): void {
  if (!termInOrder(info.termStart, info.termEnd)) {
    throw new AppException('bad-request', `the term cannot end (${info.termEnd}) before it starts (${info.termStart})`);
  }
}

function checkTermDate(value: unknown, field: string): string | null {
  if (value === null) return null;
  if (typeof value !== 'string' || !DATE.test(value)) throw new AppException('bad-request', `${field} must be a date like 2019-10-02, or empty`);
  return value;
}
