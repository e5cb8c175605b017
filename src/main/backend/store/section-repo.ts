// Sections, their references and their history, as statements over one connection.
// Callers (SqliteProjectStore) check input and wrap every change in a transaction.
import crypto from 'node:crypto';
import type { DamagedSection, IntegrityReport, RevisionDetail, RevisionSummary, Section } from '../../../shared/models';
import { sectionRuleProblem } from '../../../shared/content-checks';
import { LIMITS } from '../../../shared/limits';
import { AppException } from '../errors';
import type { RefRow, SectionRow } from './section-codec';
import { changedFields, contentHash, describeChanges, pathKey, refFromRow, sectionFromRow, sectionFromSnapshot } from './section-codec';
import type { Statements } from './statements';
import type { RevisionHash, SaveOptions, StoreSectionPatch } from './types';
import { folderLabel } from '../../../shared/section-label';

interface RevisionRow {
  id: number;
  section_id: string;
  revision: number;
  author: string;
  saved_at: string;
  deleted: number;
  summary: string;
  content_hash?: string;
  snapshot?: string;
}

/** A new section's fields, checked, with defaults filled in. */
export type CheckedNewSection = Omit<Section, 'id' | 'order' | 'createdAt' | 'updatedAt' | 'revision'> & { id?: string; order?: number };

export class SectionRepo {
  constructor(
    private readonly sql: Statements,
    private readonly fileName: string,
  ) {}

  list(): Section[] {
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
  }

  get(id: string): Section | null {
    const row = this.sql.get<SectionRow>('SELECT * FROM sections WHERE id = ?').get(id);
    return row ? this.withRefs(row) : null;
  }

  find(sectionPath: string[], name: string): Section | null {
    const row = this.sql.get<SectionRow>('SELECT * FROM sections WHERE path = ? AND name = ?').get(pathKey(sectionPath), name);
    return row ? this.withRefs(row) : null;
  }

  create(input: CheckedNewSection, author: string): Section {
    const id = input.id ?? crypto.randomUUID();
    if (this.sql.get('SELECT 1 FROM sections WHERE id = ?').get(id)) {
      throw new AppException('conflict', `A section with id ${id} already exists in "${this.fileName}"`);
    }
    this.assertFreeName(input.path, input.name);
    // A re-created id (a restored deletion) continues its history instead of restarting it.
    const last = this.sql.get<{ m: number | null }>('SELECT max(revision) AS m FROM revisions WHERE section_id = ?').get(id)!.m ?? 0;
    const now = new Date().toISOString();
    const section: Section = { ...input, id, order: input.order ?? this.nextOrder(input.path), createdAt: now, updatedAt: now, revision: last + 1 };
    this.sql
      .get(
        `INSERT INTO sections (id, path, name, sort_order, heading, agreement, body, verdict, verdict_note, status, agreement_checksum, created_at, updated_at, revision)
         VALUES (@id, @path, @name, @sort_order, @heading, @agreement, @body, @verdict, @verdict_note, @status, @agreement_checksum, @created_at, @updated_at, @revision)`,
      )
      .run(toRow(section));
    this.insertRefs(id, section.references);
    this.addRevision(section, author, 'created', false);
    return section;
  }

  save(id: string, change: StoreSectionPatch, opts: SaveOptions): Section {
    const current = this.mustGet(id);
    checkBase(current, opts);
    let fields = changedFields(current, change);
    if (fields.length === 0) return current;
    const next: Section = { ...current, ...change, updatedAt: new Date().toISOString(), revision: current.revision + 1 };
    if (fields.includes('path') || fields.includes('name')) this.assertFreeName(next.path, next.name);
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
    this.addRevision(next, opts.author, describeChanges(fields), false);
    return next;
  }

  delete(id: string, opts: SaveOptions): void {
    const current = this.mustGet(id);
    checkBase(current, opts);
    this.sql.get('DELETE FROM sections WHERE id = ?').run(id);
    // The tombstone keeps the last content, so a deletion can be undone from history.
    this.addRevision({ ...current, updatedAt: new Date().toISOString(), revision: current.revision + 1 }, opts.author, 'deleted', true);
  }

  /** Newest first. */
  revisions(sectionId: string): RevisionSummary[] {
    return this.sql
      .get<RevisionRow>('SELECT id, section_id, revision, author, saved_at, deleted, summary FROM revisions WHERE section_id = ? ORDER BY revision DESC')
      .all(sectionId)
      .map(toSummary);
  }

  revision(id: number): RevisionDetail | null {
    const row = this.sql.get<RevisionRow>('SELECT * FROM revisions WHERE id = ?').get(id);
    return row ? { ...toSummary(row), section: sectionFromSnapshot(row.snapshot ?? '', row.id) } : null;
  }

  revisionHashes(): RevisionHash[] {
    return this.sql
      .get<RevisionRow>('SELECT id, section_id, revision, author, saved_at, deleted, content_hash FROM revisions ORDER BY section_id, revision')
      .all()
      .map((r) => ({
        id: r.id,
        sectionId: r.section_id,
        revision: r.revision,
        author: r.author,
        savedAt: r.saved_at,
        deleted: r.deleted === 1,
        contentHash: r.content_hash ?? '',
      }));
  }

  /**
   * Each section against its latest revision's content hash. The sections come from
   * `list()` (the same reading every other use gets); only a damaged section's
   * revisions are read further, newest first, to find one whose saved copy is intact.
   */
  verify(sections: readonly Section[]): IntegrityReport {
    const latest = new Map<string, { revision: number; hash: string }>();
    const rows = this.sql
      .get<[string, number, string]>(
        `SELECT r.section_id, r.revision, r.content_hash FROM revisions r
         JOIN (SELECT section_id, max(revision) AS revision FROM revisions GROUP BY section_id) m
           ON m.section_id = r.section_id AND m.revision = r.revision`,
      )
      .raw(true)
      .all();
    for (const [sectionId, revision, hash] of rows) latest.set(sectionId, { revision, hash });
    const damaged: DamagedSection[] = [];
    for (const section of sections) {
      const last = latest.get(section.id);
      const where = { id: section.id, path: section.path, name: section.name, revision: section.revision };
      if (!last || last.revision !== section.revision) {
        damaged.push({ ...where, problem: 'revision-missing', ...this.intactRevision(section.id) });
      } else if (last.hash !== contentHash(section)) {
        damaged.push({ ...where, problem: 'content-changed', ...this.intactRevision(section.id) });
      } else {
        const rule = sectionRuleProblem(section);
        if (rule) damaged.push({ ...where, problem: 'rule-broken', rule });
      }
    }
    return { sectionsChecked: sections.length, damaged };
  }

  /** The newest revision of a section whose snapshot still hashes to what was recorded for it. */
  private intactRevision(sectionId: string): { intactRevisionId?: number; intactRevision?: number } {
    const rows = this.sql
      .get<RevisionRow>('SELECT id, section_id, revision, deleted, content_hash, snapshot FROM revisions WHERE section_id = ? ORDER BY revision DESC LIMIT 50')
      .iterate(sectionId);
    // One snapshot in memory at a time.
    for (const row of rows) {
      if (row.deleted) continue;
      try {
        if (contentHash(sectionFromSnapshot(row.snapshot ?? '', row.id)) === row.content_hash) return { intactRevisionId: row.id, intactRevision: row.revision };
      } catch {
        // A damaged snapshot is no way back; look further.
      }
    }
    return {};
  }

  private mustGet(id: string): Section {
    const section = this.get(id);
    if (!section) throw new AppException('not-found', `There is no section ${id} in "${this.fileName}"`);
    return section;
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
      const where = sectionPath.length ? `folder "${folderLabel(sectionPath)}"` : 'the top folder';
      throw new AppException('conflict', `A section named "${name}" already exists in ${where}`);
    }
  }

  private insertRefs(sectionId: string, refs: Section['references']): void {
    const insert = this.sql.get('INSERT INTO refs (section_id, position, number, date, meeting_start, title, url) VALUES (?, ?, ?, ?, ?, ?, ?)');
    refs.forEach((r, i) => insert.run(sectionId, i, r.number, r.date, r.meetingStart ?? null, r.title, r.url ?? null));
  }

  private addRevision(section: Section, author: string, summary: string, deleted: boolean): void {
    const snapshot = JSON.stringify(section);
    // What one revision records is what history, merge and restore read at once.
    if (snapshot.length > LIMITS.sectionBytes / 4 && Buffer.byteLength(snapshot) > LIMITS.sectionBytes) {
      throw new AppException('bad-request', `Not saved: "${section.name}" would be ${Math.round(Buffer.byteLength(snapshot) / 1024 / 1024)} MB (a section is at most ${LIMITS.sectionBytes / 1024 / 1024} MB).`);
    }
    this.sql
      .get(
        `INSERT INTO revisions (section_id, revision, author, saved_at, deleted, content_hash, summary, snapshot)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(section.id, section.revision, author, section.updatedAt, deleted ? 1 : 0, contentHash(section), summary, snapshot);
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

function checkBase(current: Section, opts: SaveOptions): void {
  if (opts.baseRevision !== undefined && opts.baseRevision !== current.revision) {
    throw new AppException(
      'conflict',
      `"${current.name}" was changed elsewhere (now revision ${current.revision}, this edit started from revision ${opts.baseRevision}); nothing was saved`,
      { sectionId: current.id, currentRevision: current.revision, baseRevision: opts.baseRevision },
    );
  }
}
