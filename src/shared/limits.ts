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
  /** Evidence suggestions for a section in one answer (`pwb suggest --limit`). */
  evidenceSuggestions: 100,
  /** Links asked about at once (`decisions.byUrl`). */
  urlsPerLookup: 5_000,
  /** File-type filters in one picker, and extensions in one filter. */
  dialogFilters: 20,
  dialogExtensions: 50,
  /** Resolutions sent with one merge, and characters of a conflict or plan id. */
  mergeResolutions: 100_000,
  mergeId: 200,

  // ---- what a project may hold (issue 13): far above real use (~200 sections, ~3,000
  // cited decisions, a few thousand saves), low enough that a hostile file costs seconds
  // and bounded memory. Checked on every write and, for a file made elsewhere, with cheap
  // SQL (sizes from the record headers) before anything of it is loaded.
  /** Sections in one project. */
  sections: 20_000,
  /** References in one project, all sections together. */
  projectReferences: 1_000_000,
  /** Decisions in a project's library. */
  decisions: 500_000,
  /** Characters of a decision's title (a reference title is a decision's title). */
  decisionTitle: 5_000,
  /** Characters of a decision's published summary. */
  decisionText: 1_000_000,
  /** Characters of a decision's database id. */
  decisionId: 100,
  /** Saved revisions in one project, all sections together. */
  revisions: 2_000_000,
  /** Bytes of the text of all sections and references together. */
  projectTextBytes: 256 * 1024 * 1024,
  /** Bytes of one section as its revision records it (JSON): at most this is read at once. */
  sectionBytes: 32 * 1024 * 1024,
  /** Bytes of the titles and texts of all decisions together (the library search holds them in memory). */
  libraryTextBytes: 512 * 1024 * 1024,
} as const;
