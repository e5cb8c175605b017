// Plain JSON shapes that cross every boundary (core <-> backend <-> transports <-> renderer).
// Nothing here may import anything: it is the vocabulary all layers share.

/** One entry of a report's reference list. */
export interface Reference {
  /** The number as written in the list (`[\[N\]]`); a clean report runs 0..n-1. */
  number: number;
  /** `YYYY-MM-DD` as written in the entry (may be an invalid date; the checker says so). */
  date: string;
  /** The decision meeting's start instant in UTC, e.g. `2020-11-27T09:00:00Z`, when known. */
  meetingStart?: string;
  /** Verbatim title; may be empty, may end in a raw `\n` (see docs/report-format). */
  title: string;
  /** Verbatim link as stored in the report; absent for entries without a link. */
  url?: string;
}

/** A parsed section report, the body held as a person edits it (citations as `[12]`). */
export interface Report {
  heading: string;
  /** Verbatim agreement text between `<p>` and `</p>`. Never cleaned. */
  agreement: string;
  /** Assessment Markdown in edit form: `\[12\]` in the file is `[12]` here. */
  body: string;
  references: Reference[];
}

export type Verdict = 'not-rated' | 'not-started' | 'in-progress' | 'partially-kept' | 'kept' | 'broken';
export const VERDICTS: readonly Verdict[] = ['not-rated', 'not-started', 'in-progress', 'partially-kept', 'kept', 'broken'];
export const VERDICT_LABELS: Record<Verdict, string> = {
  'not-rated': 'Not rated',
  'not-started': 'Not started',
  'in-progress': 'In progress',
  'partially-kept': 'Partially kept',
  kept: 'Kept',
  broken: 'Broken',
};

export type WorkflowStatus = 'draft' | 'in-review' | 'final';
export const WORKFLOW_STATUSES: readonly WorkflowStatus[] = ['draft', 'in-review', 'final'];
export const WORKFLOW_LABELS: Record<WorkflowStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  final: 'Final',
};

/** A section of the agreement as kept in a project. */
export interface Section extends Report {
  /** Stable id (UUID), survives renames and travels between colleagues' files. */
  id: string;
  /** Folder path in the tree, e.g. `["Bestuurzaken", "Concrete voorstellen"]`. */
  path: string[];
  /** File name without `.md`, e.g. `ICT en Informatie`. */
  name: string;
  /** Position among siblings (same path). */
  order: number;
  verdict: Verdict;
  /** Short justification of the verdict. */
  verdictNote: string;
  status: WorkflowStatus;
  /** SHA-256 (hex) of the agreement text as imported; null for sections created by hand. */
  agreementChecksum: string | null;
  /** ISO instants. */
  createdAt: string;
  updatedAt: string;
  /** Increases by one on every saved change; used for optimistic concurrency. */
  revision: number;
}

/** What the tree needs about a section, without its texts. */
export interface SectionSummary {
  id: string;
  path: string[];
  name: string;
  heading: string;
  order: number;
  verdict: Verdict;
  status: WorkflowStatus;
  referenceCount: number;
  problems: ProblemCounts;
  updatedAt: string;
}

export interface ProblemCounts {
  error: number;
  warning: number;
  info: number;
}

/** The fields of a section a save may change. Omitted fields stay as they are. */
export interface SectionPatch {
  heading?: string;
  agreement?: string;
  body?: string;
  references?: Reference[];
  verdict?: Verdict;
  verdictNote?: string;
  status?: WorkflowStatus;
  path?: string[];
  name?: string;
}

export interface ProjectInfo {
  name: string;
  /** The assessed government, e.g. `Vlaamse Regering Jambon (2019-2024)`. */
  government: string;
  /** `YYYY-MM-DD` or null when unknown. */
  termStart: string | null;
  termEnd: string | null;
  createdAt: string;
}

/** An open project as the renderer sees it. */
export interface OpenProject {
  /** Absolute path of the `.pwb` file. */
  path: string;
  info: ProjectInfo;
  /** True when the file is opened read-only (e.g. written by a newer version). */
  readOnly: boolean;
  /** Why it is read-only, in words for a person. */
  readOnlyReason?: string;
  /** True for the built-in demo project. */
  demo: boolean;
  sectionCount: number;
  decisionCount: number;
}

/** A decision of the government in the local library. */
export interface Decision {
  /** Local key (row id) in this project. */
  key: number;
  /** The decisions database's 24-hex id, when known. */
  id: string | null;
  date: string | null;
  meetingStart: string | null;
  title: string;
  url: string | null;
  text: string;
}

export interface DecisionHit extends Decision {
  /** Title with matches marked by `\u0002`...`\u0003` (never HTML). */
  titleSnippet: string;
  /** Text excerpt with matches marked by `\u0002`...`\u0003` (never HTML). */
  textSnippet: string;
  rank: number;
}

export interface SearchQuery {
  query: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface SearchResult {
  total: number;
  hits: DecisionHit[];
  /** Milliseconds the database took. */
  tookMs: number;
}

// ---- Diagnostics -----------------------------------------------------------

export type Severity = 'error' | 'warning' | 'info';

/** 1-based, end-exclusive columns, as Monaco uses them; lines count `\n` in the edited body. */
export interface TextRange {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export type DiagnosticCode =
  | 'citation-missing-reference'
  | 'reference-uncited'
  | 'reference-numbering'
  | 'citation-order'
  | 'reference-duplicate'
  | 'reference-empty-title'
  | 'reference-no-link'
  | 'reference-link-mismatch'
  /** The link points somewhere other than the decisions database (info, not a mismatch). */
  | 'reference-external-link'
  | 'reference-date-invalid'
  | 'reference-date-future'
  | 'reference-date-outside-term'
  | 'citation-malformed'
  // evidence rules (issue 4)
  | 'verdict-without-evidence'
  | 'reference-before-term'
  | 'verdict-in-progress-after-term'
  | 'agreement-changed'
  | 'commitment-not-mentioned';

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  /** Where in the body (edit form) — for body problems. */
  range?: TextRange;
  /** Index into `references` — for reference problems. */
  referenceIndex?: number;
  /** Where in the agreement text (a single line), for agreement problems. */
  agreementRange?: { start: number; end: number };
  /** Quick fixes that apply (see core/citations/fixes). */
  fixes?: FixKind[];
}

export type FixKind =
  | 'renumber-by-first-use'
  | 'add-reference'
  | 'remove-reference'
  | 'rebuild-link'
  | 'merge-duplicates';

/** What the checker needs about a section. */
export interface CheckInput {
  body: string;
  references: Reference[];
  /** Period the assessed government was in office (`YYYY-MM-DD`). */
  termStart?: string | null;
  termEnd?: string | null;
  /** `YYYY-MM-DD` used as "today" for future-date checks; defaults to the real today. */
  today?: string;
  verdict?: Verdict;
  agreement?: string;
  agreementChecksum?: string | null;
}

// ---- Import / export ---------------------------------------------------------

export type ExportFormat = 'md' | 'html';

export interface ImportProblem {
  /** File the problem is in. */
  file: string;
  line?: number;
  message: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Files that could not be read as reports; nothing of them was stored. */
  failed: ImportProblem[];
  sectionIds: string[];
}

export interface DecisionImportResult {
  inserted: number;
  updated: number;
  skipped: ImportProblem[];
}

export interface ExportResult {
  outDir: string;
  files: string[];
}

// ---- History and merge ---------------------------------------------------------

export interface RevisionSummary {
  id: number;
  sectionId: string;
  revision: number;
  author: string;
  savedAt: string;
  /** What changed, in words ("body, references"). */
  summary: string;
  /** Set on the tombstone a deletion leaves; its section is the content as it was deleted. */
  deleted?: boolean;
}

export interface RevisionDetail extends RevisionSummary {
  section: Section;
}

// ---- Errors ------------------------------------------------------------------------

export type ErrorCode =
  | 'bad-request'
  | 'not-found'
  | 'no-project'
  | 'read-only'
  | 'conflict'
  | 'bad-file'
  | 'newer-version'
  | 'locked'
  | 'io'
  | 'format'
  | 'internal';

/** Errors cross every boundary as data. */
export interface AppError {
  code: ErrorCode;
  message: string;
  /** Extra facts for the UI (e.g. the file, the line). */
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ErrorCode, message: string, details?: Record<string, unknown>): Result<T> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});
