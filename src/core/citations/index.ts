// The citation checker, its quick fixes and the evidence rules; pure, runs anywhere.

export { scanCitations } from './scan';
export type { Citation, CitationScan, MalformedCitation } from './scan';
export { checkSection } from './check';
export { diagnosticMessage, localizeDiagnostics, makeDiagnostic, renderDiagnosticMessage } from './diagnostic-messages';
export {
  addReference,
  applySafeFixes,
  fillFromLink,
  mergeDuplicates,
  rebuildLink,
  removeReference,
  renumberByFirstUse,
} from './fixes';
export type { FixInput, FixResult } from './fixes';
export { applyFix, FIX_LABELS, fixesFor } from './fix-actions';
export type { FixOption } from './fix-actions';
export { findCommitments, foldText, keyWordsOf, mentionOf } from './commitments';
export type { Commitment, MentionResult } from './commitments';
export { dateProblem, isValidDate, localToday } from './dates';
export { nextReferenceNumber } from './numbering';
export { citeDecision, decisionLabel, findReferenceFor, referenceForDecision } from './cite';
export type { CiteResult } from './cite';
