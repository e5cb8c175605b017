// Every bound on content, once: lengths, counts, page sizes. Plain numbers (no zod), so
// the renderer and the CLI's help can use them; content-rules.ts builds the checks.
export const LIMITS = {
  /** Characters in a file or folder path on disk. */
  filePath: 4096,
  /** Characters in a tree segment (folder or section name), a project name, an author. */
  name: 200,
  /** Folders above a section in the tree. */
  treeDepth: 32,
  sectionId: 100,
  heading: 1_000,
  agreement: 200_000,
  body: 2_000_000,
  verdictNote: 10_000,
  /** References in one section. */
  references: 10_000,
  /** Highest reference number. */
  referenceNumber: 1_000_000,
  /** Characters of a reference's date or meeting start as written. */
  referenceDate: 40,
  referenceTitle: 5_000,
  url: 10_000,
  /** Files and folders in one import. */
  importPaths: 10_000,
  /** Characters in a library search. */
  searchQuery: 1_000,
  /** Results in one page of a library search (`pwb search --limit`). */
  searchResults: 200,
  /** Results in a library search page when none is asked for. */
  searchResultsDefault: 20,
  searchOffset: 1_000_000,
  /** Links asked about at once (`decisions.byUrl`). */
  urlsPerLookup: 5_000,
  /** File-type filters in one picker, and extensions in one filter. */
  dialogFilters: 20,
  dialogExtensions: 50,
  /** Resolutions sent with one merge, and characters of a conflict or plan id. */
  mergeResolutions: 100_000,
  mergeId: 200,
} as const;
