// What the evidence finder (issue 9) returns: suggestions for a section, per commitment,
// and coverage over the project. Plain types, no zod: the renderer imports them.

/** `all`: everything the section holds; `agreement`: only its agreement, heading and place. */
export type EvidenceSource = 'agreement' | 'all';
export const EVIDENCE_SOURCES = ['agreement', 'all'] as const satisfies readonly EvidenceSource[];

export type EvidenceReasonView =
  /** It matches a `[commitment]` of the agreement (index into `commitments`). */
  | { kind: 'commitment'; commitment: number; text: string }
  /** It matches the agreement text: one sentence of it (`excerpt`), or the whole (`null`). */
  | { kind: 'agreement'; excerpt: string | null }
  | { kind: 'heading' }
  | { kind: 'body' }
  /** It resembles a decision the section cites (its reference number when cited by number). */
  | { kind: 'cited'; number: number | null; title: string };

export interface EvidenceSuggestionView {
  /** The decision's key in the library. */
  key: number;
  id: string | null;
  date: string | null;
  meetingStart: string | null;
  title: string;
  url: string | null;
  /** Title and an excerpt of the text, matched words marked `\u0002`…`\u0003`. */
  titleMarked: string;
  snippet: string;
  score: number;
  /** Why it is suggested, most important first. */
  reasons: EvidenceReasonView[];
}

export interface SupportingReference {
  key: number;
  /** Its number in the section's reference list (null: cited by link only). */
  number: number | null;
  title: string;
}

export interface CommitmentEvidenceView {
  index: number;
  /** The text between the brackets, verbatim. */
  text: string;
  /** Offsets of `[` and just past `]` in the agreement. */
  start: number;
  end: number;
  /** Cited decisions that support it: its coverage. */
  supporting: SupportingReference[];
  suggestions: EvidenceSuggestionView[];
}

export interface EvidenceView {
  sectionId: string;
  suggestions: EvidenceSuggestionView[];
  commitments: CommitmentEvidenceView[];
  /** Decisions in the library; 0 means there is nothing to suggest from. */
  libraryCount: number;
  /** References of the section, and how many of them are decisions of the library. */
  references: number;
  referencesInLibrary: number;
  /** The government's term, and whether suggestions were limited to it. */
  term: { start: string | null; end: string | null; applied: boolean };
  /** Policy domains (top folders of the tree) a suggestion can be limited to. */
  domains: string[];
  /** How many decisions are hidden for this section. */
  dismissed: number;
  tookMs: number;
}

export interface DismissedDecisionView {
  /** How the project names the decision (see `decisionIdentity`). */
  decision: string;
  title: string;
  dismissedAt: string;
  /** Its key when the library holds it. */
  key: number | null;
}

export interface CommitmentCoverage {
  text: string;
  /** Cited decisions that support it. */
  supporting: number;
}

export interface SectionCoverage {
  sectionId: string;
  path: string[];
  name: string;
  commitments: CommitmentCoverage[];
}

export interface CoverageView {
  /** Sections whose agreement marks commitments. */
  sections: SectionCoverage[];
  commitments: number;
  /** Commitments no cited decision supports yet. */
  uncovered: number;
  libraryCount: number;
}

/**
 * How long the Evidence panel waits after a change before asking again: a change of the
 * references at once (the panel follows a citation within 300 ms), body typing after a pause.
 */
export const EVIDENCE_DEBOUNCE_MS = { references: 50, body: 400 } as const;
