// Three-way merge of two project files' sections (issue 5). Pure: the backend finds the
// ancestors and writes the result; the renderer uses the body helpers.
export { composeBody, bodyWithMarkers, hasConflictMarkers, MARKER_MINE, MARKER_SPLIT, MARKER_THEIRS } from './body-hunks';
export type { HunkPick } from './body-hunks';
export { contentOf, sameContent } from './content';
export { diff3Merge, mergeText, splitLines } from './diff3';
export type { Diff3Chunk, TextChunk } from './diff3';
export { mergeSection, UnresolvedConflictError } from './merge-section';
export type { Resolution, ResolvedSection, SectionMerge, SectionMergeInput } from './merge-section';
export { diffProjectInfo, finishMerge, planMerge, resolveAll, summarize } from './plan-merge';
export type { FinishedMerge, FinishedSection, ProjectMerge } from './plan-merge';
export { describeChanges, describeConflict, describeNote, describeResolutions, describeSummary, fieldLabel, infoFieldLabel, MERGE_OUTCOMES, outcomeLabel } from './describe';
export { matchReferences } from './reference-entities';
export type { ReferenceEntity, ReferenceMatching } from './reference-entities';
export { dismissalsToAdd } from './dismissals';
export type { DismissalEntry } from './dismissals';
