// The project store's interface: what services need from a `.pwb` file. The SQLite
// implementation lives beside it; services and tests depend only on this.
import type { SearchIndex } from '../../../core/search';
import type {
  AppError,
  Decision,
  DecisionRecord,
  IntegrityReport,
  ProjectInfo,
  Reference,
  RevisionDetail,
  RevisionSummary,
  SearchQuery,
  SearchResult,
  Section,
  SectionPatch,
  Verdict,
  WorkflowStatus,
} from '../../../shared/models';

export type { DecisionRecord };

export interface StoreOpenOptions {
  /** Open without writing anything (also forced for files from a newer version). */
  readOnly?: boolean;
  /** Upper bound for the checks run before the file is trusted (ms). */
  validateTimeoutMs?: number;
}

export interface NewSection {
  /** Stable id; generated (UUID) when absent. */
  id?: string;
  path: string[];
  name: string;
  /** Position among siblings; appended at the end when absent. */
  order?: number;
  heading: string;
  agreement: string;
  body: string;
  references: Reference[];
  verdict?: Verdict;
  verdictNote?: string;
  status?: WorkflowStatus;
  agreementChecksum?: string | null;
}

/**
 * What a store save may change: the API's patch plus fields only the backend sets
 * (a merge writes a colleague's `order` and `agreementChecksum` too).
 */
export interface StoreSectionPatch extends SectionPatch {
  order?: number;
  agreementChecksum?: string | null;
}

/** One revision as a merge sees it (see `listRevisionHashes`). */
export interface RevisionHash {
  /** The revision's row id (`getRevision(id)`). */
  id: number;
  sectionId: string;
  revision: number;
  author: string;
  savedAt: string;
  /** A tombstone: the section was deleted by this revision. */
  deleted: boolean;
  /** sha256 of the canonical JSON of the content fields; equal hashes mean equal content. */
  contentHash: string;
}

export interface SaveOptions {
  /** Written on the revision. */
  author: string;
  /** When given and the stored revision differs: AppException `conflict`, nothing written. */
  baseRevision?: number;
}

/** A decision hidden from a section's evidence suggestions. */
export interface Dismissal {
  sectionId: string;
  /** `id:<database id>`, `url:<link>` or `text:<sha256 of title and text>` (see decisionIdentity). */
  decision: string;
  /** The decision's title when it was hidden, for lists and merge reports. */
  title: string;
  dismissedAt: string;
}

export interface ProjectStore {
  readonly path: string;
  readonly readOnly: boolean;
  readonly readOnlyReason?: string;

  info(): ProjectInfo;
  updateInfo(patch: Partial<Omit<ProjectInfo, 'createdAt'>>): ProjectInfo;

  /** Every section, full, ordered by path then order. */
  listSections(): Section[];
  /**
   * How many sections there are, without reading them (optional: services fall back to
   * `listSections().length`, which costs a full listing on a 2,000-section project).
   */
  sectionCount?(): number;
  getSection(id: string): Section | null;
  findSection(path: string[], name: string): Section | null;
  /** Creates a section and its first revision. */
  createSection(section: NewSection, opts: SaveOptions): Section;
  /** Applies a patch as one new revision (a patch that changes nothing writes nothing). */
  saveSection(id: string, patch: StoreSectionPatch, opts: SaveOptions): Section;
  /** Deletes a section; its history keeps a tombstone revision. */
  deleteSection(id: string, opts: SaveOptions): void;
  /** Runs `fn` in one transaction (nested calls join the outer one). */
  transaction<T>(fn: () => T): T;

  /** Inserts or updates (match on id, else on title + meeting start). */
  upsertDecisions(records: DecisionRecord[]): { inserted: number; updated: number };
  searchDecisions(query: SearchQuery): SearchResult;
  /** The analysed library, built on first use and after decisions change (docs/adr/0012). */
  decisionIndex(): SearchIndex;
  /**
   * Builds the library index a slice at a time, for about `budgetMs` each (docs/adr/0024);
   * true once it (and the tables its queries use) is ready.
   */
  indexDecisions(budgetMs: number): boolean;
  getDecision(key: number): Decision | null;
  /** Decisions by key; unknown keys are left out. */
  decisionsByKeys(keys: number[]): Map<number, Decision>;
  /** Keys of the decisions named by identity (`id:`, `url:`, `text:`); unknown ones are left out. */
  decisionKeysByIdentity(identities: string[]): Map<string, number>;
  decisionsByUrl(urls: string[]): Record<string, Decision>;
  decisionCount(): number;

  /** Evidence dismissals of one section, or of every section. */
  listDismissals(sectionId?: string): Dismissal[];
  /** Hides a decision for a section; false when it already was. */
  addDismissal(dismissal: Dismissal): boolean;
  /** Shows it again; false when it was not hidden. */
  removeDismissal(sectionId: string, decision: string): boolean;

  listRevisions(sectionId: string): RevisionSummary[];
  getRevision(id: number): RevisionDetail | null;
  /**
   * Every revision of every section (deleted sections included), oldest first within a
   * section, without snapshots: what a merge compares to find common ancestors.
   */
  listRevisionHashes(): RevisionHash[];
  /**
   * Compares every section's stored content with the content hash of its latest
   * revision (issue 13): a mismatch is damage the file's own checks cannot see.
   */
  verifyContent(): IntegrityReport;

  /** Writes one consistent, checked copy of the project to `dest` (VACUUM INTO, fsync, rename). */
  saveCopy(dest: string): void;
  /** Checkpoints the WAL into the main file and closes; afterwards the `.pwb` alone holds everything. */
  close(): void;
}

/** What a check of a would-be project file found (see `validateProjectFile`). */
export type ValidationResult =
  | {
      ok: true;
      /** The file's `user_version`. */
      schemaVersion: number;
      /** Written by a newer Policy Workbench: it opens read-only. */
      newerVersion: boolean;
    }
  | { ok: false; error: AppError };
