import { z } from 'zod';
import { isoDate, LIMITS } from '../content-rules';
import type { Decision, SearchResult } from '../models';
import { defineMethods, returns } from './define';

export const searchQuerySchema = z.strictObject({
  query: z.string().max(LIMITS.searchQuery),
  /** Only decisions on or after this date. */
  from: isoDate.optional(),
  /** Only decisions on or before this date. */
  to: isoDate.optional(),
  /** Results per page (default `LIMITS.searchResultsDefault`). */
  limit: z.number().int().min(1).max(LIMITS.searchResults).optional(),
  offset: z.number().int().min(0).max(LIMITS.searchOffset).optional(),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export interface CitingSection {
  sectionId: string;
  path: string[];
  name: string;
  referenceNumber: number;
}

export const decisionMethods = defineMethods({
  'decisions.search': { args: searchQuerySchema, result: returns<SearchResult>() },
  'decisions.get': { args: z.strictObject({ key: z.number().int().min(1) }), result: returns<Decision & { citedBy: CitingSection[] }>() },
  /** Library decisions whose link is one of `urls` (for hovers: summary text of a cited decision). */
  'decisions.byUrl': {
    args: z.strictObject({ urls: z.array(z.string().max(LIMITS.url)).max(LIMITS.urlsPerLookup) }),
    result: returns<Record<string, Decision>>(),
  },
});
