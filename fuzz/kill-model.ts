// What the kill campaign's child does to its project, shared by the child (kill-child.ts)
// and the campaign that checks the project after each kill (kill-campaign.ts).
/** Sections "Sectie 0".."Sectie 4": save N writes body "edit N" to "Sectie (N % 5)". */
export const SAVED_SECTIONS = 5;
/** Import N brings three reports "Imp N a|b|c" in this folder, in one import. */
export const IMPORT_FOLDER = 'Import';
export const IMPORT_PARTS = ['a', 'b', 'c'];
/** Merge N sets both to "merge N" in a copy and merges the copy back. */
export const MERGED_SECTIONS = ['Samen 0', 'Samen 1'];
