// What a merge of a colleague's project file compares and reports (issue 5 §3); the
// methods are in api/merge.ts. Plain types and lists: the renderer and core use them.
import type { Reference, Verdict, WorkflowStatus } from './models';

/** The content of a section that a merge compares and writes (identity and timestamps aside). */
export interface SectionContent {
  path: string[];
  name: string;
  order: number;
  heading: string;
  agreement: string;
  agreementChecksum: string | null;
  body: string;
  references: Reference[];
  verdict: Verdict;
  verdictNote: string;
  status: WorkflowStatus;
}

/** The units a merge compares one by one. `location` is path + name; `agreement` includes its checksum. */
export const MERGE_FIELDS = ['heading', 'agreement', 'body', 'references', 'verdict', 'verdictNote', 'status', 'location', 'order'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export type MergeOutcome =
  /** Both files hold the same content. */
  | 'unchanged'
  /** Only theirs changed since the common ancestor: their version is taken. */
  | 'take-theirs'
  /** Only mine changed (or theirs lacks the section because mine added it): mine stays. */
  | 'keep-mine'
  /** Both changed, in different fields or different paragraphs: combined without conflict. */
  | 'merged'
  | 'added-from-theirs'
  | 'deleted-by-theirs'
  /** Both changed the same thing differently; needs a resolution. */
  | 'conflict';

/** Who a field's merged value comes from; `merged` = combined from both sides (or resolved by hand). */
export type FieldOrigin = 'mine' | 'theirs' | 'merged';

export interface FieldChange {
  field: MergeField;
  from: FieldOrigin;
}

export interface SectionLocation {
  path: string[];
  name: string;
}

interface ConflictBase {
  /** Unique within its section; what a resolution names. */
  id: string;
}

/** A reference as a merge shows it: `number` is in the section's merge numbering (see `MergeSectionPlan.references`). */
export interface MergeReference extends Reference {
  /** Stable within the merge: which reference this is across base, mine and theirs. */
  key: string;
}

/** Body texts are shown in the merge numbering, so citations mean the same in every column. */
export type BodyHunk = { kind: 'same'; text: string } | { kind: 'conflict'; base: string; mine: string; theirs: string };

export type MergeConflict =
  /** Deleted on one side, edited on the other. `mine` keeps my state (deleted or not), `theirs` theirs. */
  | (ConflictBase & { field: 'presence'; deletedBy: 'mine' | 'theirs' })
  | (ConflictBase & { field: 'heading' | 'verdictNote'; base: string | null; mine: string; theirs: string })
  | (ConflictBase & { field: 'agreement'; base: string | null; mine: string; theirs: string })
  | (ConflictBase & { field: 'verdict'; base: Verdict | null; mine: Verdict; theirs: Verdict })
  | (ConflictBase & { field: 'status'; base: WorkflowStatus | null; mine: WorkflowStatus; theirs: WorkflowStatus })
  | (ConflictBase & { field: 'location'; base: SectionLocation | null; mine: SectionLocation; theirs: SectionLocation })
  | (ConflictBase & { field: 'order'; base: number | null; mine: number; theirs: number })
  | (ConflictBase & { field: 'body'; base: string | null; mine: string; theirs: string; hunks: BodyHunk[] })
  /** One reference edited differently, or deleted on one side and edited on the other (null = absent). */
  | (ConflictBase & { field: 'reference'; key: string; base: MergeReference | null; mine: MergeReference | null; theirs: MergeReference | null });

export type MergeConflictField = MergeConflict['field'];

/** A thing the merge did on its own, as data; core/merge's describeNote puts it in words. */
export type MergeNote =
  /** Deleted on one side, but the merged text still cites it, so it stays. */
  | { kind: 'kept-reference'; title: string }
  /** The section's place was taken in mine, so it got a numbered name. */
  | { kind: 'renamed'; name: string; wanted: string };

export interface MergeSectionPlan {
  id: string;
  /** Where the section is (mine's location, else theirs'). */
  path: string[];
  name: string;
  outcome: MergeOutcome;
  /** Every field where the sides differ or the result differs from mine, and whom the result takes it from. */
  changes: FieldChange[];
  conflicts: MergeConflict[];
  /** The merge numbering of every reference on any side, for sections with body or reference conflicts. */
  references?: MergeReference[];
  /** Things done on the way a person should know, e.g. a reference kept because the merged body cites it. */
  notes: MergeNote[];
}

export interface ProjectInfoDifference {
  field: 'name' | 'government' | 'termStart' | 'termEnd' | 'language';
  mine: string | null;
  theirs: string | null;
}

export interface MergeSummary {
  unchanged: number;
  takeTheirs: number;
  keepMine: number;
  merged: number;
  addedFromTheirs: number;
  deletedByTheirs: number;
  conflicts: number;
}

export interface MergePlan {
  /** Absolute path of their file. */
  theirsPath: string;
  /** Fingerprint of both files' histories; `merge.apply` refuses a stale one. */
  planId: string;
  /** Every section on either side, except those absent or deleted on both. */
  sections: MergeSectionPlan[];
  summary: MergeSummary;
  /** Project info is kept as mine; differences are listed so a person can copy them by hand. */
  projectInfo: ProjectInfoDifference[];
  /** Their evidence "not relevant" marks that mine lacks (the merge takes the union); absent means none. */
  evidenceDismissals?: number;
}

export const MERGE_CHOICES = ['mine', 'theirs'] as const;
export type MergeChoice = (typeof MERGE_CHOICES)[number];

export interface MergeSectionReport extends MergeSectionPlan {
  /** How each conflict was resolved: `mine`, `theirs` or `edited`. */
  resolutions: { conflictId: string; field: MergeConflictField; resolvedWith: MergeChoice | 'edited' }[];
  /** The revision written in my file, when one was. */
  revision?: number;
  /** The author written on that revision: `merge: <their last author> (<their file>)`. */
  author?: string;
}

export interface MergeReport {
  theirsPath: string;
  /** False for a dry run. */
  applied: boolean;
  /** Every section the merge changed or had to decide about (unchanged ones are only counted). */
  sections: MergeSectionReport[];
  summary: MergeSummary;
  projectInfo: ProjectInfoDifference[];
  /** Revisions written into my file (0 when nothing changed). */
  revisionsWritten: number;
  /** Evidence "not relevant" marks taken from theirs (or, in a dry run, that would be). */
  evidenceDismissals: number;
  tookMs: number;
}
