// Plain JSON shapes that cross every boundary (core <-> backend <-> transports <-> renderer).
// No run-time imports: the renderer loads these lists, and must not load zod with them.
// Shapes that are also API arguments are declared once, as schemas, in ./api and their
// types re-exported here.
export type { Reference, SectionPatch } from './api/sections';
export type { SearchQuery } from './api/decisions';
export type { EditableProjectInfo, KnownProject, ProjectInfo } from './api/project';
import type { ProjectInfo } from './api/project';
import type { Reference } from './api/sections';
import type { DiagnosticDataMap } from './diagnostic-data';

/** A parsed section report, the body held as a person edits it (citations as `[12]`). */
export interface Report {
  heading: string;
  /** Verbatim agreement text between `<p>` and `</p>`. Never cleaned. */
  agreement: string;
  /** Assessment Markdown in edit form: `\[12\]` in the file is `[12]` here. */
  body: string;
  references: Reference[];
}

export const VERDICTS = ['not-rated', 'not-started', 'in-progress', 'partially-kept', 'kept', 'broken'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_LABELS: Record<Verdict, string> = {
  'not-rated': 'Not rated',
  'not-started': 'Not started',
  'in-progress': 'In progress',
  'partially-kept': 'Partially kept',
  kept: 'Kept',
  broken: 'Broken',
};

export const WORKFLOW_STATUSES = ['draft', 'in-review', 'final'] as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];
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

/** A decision of the government as imported into the library, before it has a local key. */
export interface DecisionRecord {
  /** The decisions database's 24-hex id, when known. */
  id: string | null;
  date: string | null;
  meetingStart: string | null;
  title: string;
  url: string | null;
  text: string;
}

/** A decision of the government in the local library. */
export interface Decision extends DecisionRecord {
  /** Local key (row id) in this project. */
  key: number;
}

export interface DecisionHit extends Decision {
  /** Title with matches marked by `\u0002`...`\u0003` (never HTML). */
  titleSnippet: string;
  /** Text excerpt with matches marked by `\u0002`...`\u0003` (never HTML). */
  textSnippet: string;
  rank: number;
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
  /** Rendered from `code` + `data` in the reader's language (core/citations/diagnostic-messages). */
  message: string;
  /** The facts the message is made of, per code (shared/diagnostic-data); set by the checker. */
  data?: DiagnosticDataMap[DiagnosticCode];
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
  | 'merge-duplicates'
  /** An entry with neither title nor link: pick its decision among the library's decisions of that date. */
  | 'choose-from-library';

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

// ---- Integrity ---------------------------------------------------------------

/**
 * A section whose stored content is not what its history says was saved: a byte changed
 * on disk (or by another program) since its latest revision. SQLite's own checks cannot
 * see this; the revision's content hash can.
 */
export interface DamagedSection {
  id: string;
  path: string[];
  name: string;
  /** The section's latest revision (what its content should equal). */
  revision: number;
  /**
   * Why: content differs from the revision's hash, the history lacks that revision, or
   * (a file made elsewhere) a value breaks the content rules the app holds every value to.
   */
  problem: 'content-changed' | 'revision-missing' | 'rule-broken';
  /** For `rule-broken`: which rule, in words (`name: must not be "." or ".."`). */
  rule?: string;
  /**
   * The revision (row id, for `history.restore`) whose saved copy still matches its hash,
   * when there is one: restoring it brings back the content as it was last saved.
   */
  intactRevisionId?: number;
  /** That revision's number, for people. */
  intactRevision?: number;
}

export interface IntegrityReport {
  sectionsChecked: number;
  damaged: DamagedSection[];
}

// ---- Import / export ---------------------------------------------------------

/** md: the reports; html: standalone pages + index; docx: Word; pdf: the printed page (desktop); site: a searchable static site. */
export const EXPORT_FORMATS = ['md', 'html', 'docx', 'pdf', 'site'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ImportProblem {
  /** File the problem is in. */
  file: string;
  line?: number;
  message: string;
}

/** A report file and the place in the tree it goes to. */
export interface ImportedSection {
  file: string;
  path: string[];
  name: string;
}

/** A section in the project whose text an imported file replaces (or would replace). */
export interface ReplacedSection extends ImportedSection {
  id: string;
  /** The section's revision before the import: its history keeps that text. */
  previousRevision: number;
  /** What the file changes. */
  changes: Array<'heading' | 'agreement' | 'body' | 'references'>;
}

/** What `import.reports` would do with the same files, written nowhere. */
export interface ImportPreview {
  created: ImportedSection[];
  replaced: ReplacedSection[];
  unchanged: ImportedSection[];
  /** Files that cannot be read as reports. */
  failed: ImportProblem[];
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Files that could not be read as reports; nothing of them was stored. */
  failed: ImportProblem[];
  sectionIds: string[];
  /** The sections whose text was replaced (`updated` of them); each one's history holds the text before. */
  replaced: ReplacedSection[];
  /** Sections left as they were because the import was asked not to replace any (`replace: false`). */
  kept: ReplacedSection[];
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
  /** A long run (an export) stopped because the person asked it to. */
  | 'cancelled'
  | 'internal';

/** Errors cross every boundary as data. */
export interface AppError {
  code: ErrorCode;
  message: string;
  /** Extra facts for the UI (e.g. the file, the line). */
  details?: Record<string, unknown>;
  /**
   * The message as a catalogue key and its values, when the backend has one: each reader words
   * it in its own language (`message` is the English wording, for logs and scripts).
   */
  text?: { key: string; values?: Record<string, string | number> };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ErrorCode, message: string, details?: Record<string, unknown>): Result<T> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});
