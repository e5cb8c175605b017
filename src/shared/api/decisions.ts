import type { Decision, SearchQuery, SearchResult } from '../models';

export interface CitingSection {
  sectionId: string;
  path: string[];
  name: string;
  referenceNumber: number;
}

export interface DecisionHandlers {
  'decisions.search': (args: SearchQuery) => SearchResult;
  'decisions.get': (args: { key: number }) => Decision & { citedBy: CitingSection[] };
  /** Library decisions whose link is one of `urls` (for hovers: summary text of a cited decision). */
  'decisions.byUrl': (args: { urls: string[] }) => Record<string, Decision>;
}
