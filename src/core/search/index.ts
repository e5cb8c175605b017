// Dutch-aware library search and the evidence finder's term statistics; pure, runs in
// the backend (the renderer only shows what the backend found).
export { analyze, isStopWord, termOf, termSet, wordTokens } from './analyzer';
export type { AnalyzedText, WordToken } from './analyzer';
export { splitCompound } from './compounds';
export { foldWord } from './fold';
export { MARK_END, MARK_START, markMatches, snippetOf } from './highlight';
export { listNewest, searchLibrary } from './library-search';
export type { RankedDoc, SearchOptions, SearchOutcome } from './library-search';
export { parseQuery } from './query-parse';
export type { ParsedQuery, QueryItem } from './query-parse';
export { BM25, IndexBuilder, ScoreMap, SearchIndex } from './search-index';
export type { IndexDoc } from './search-index';
