import { z } from 'zod';
import { isoDate, LIMITS, pathSegment, sectionId } from '../content-rules';
import { EVIDENCE_SOURCES } from '../evidence-models';
import type { CoverageView, DismissedDecisionView, EvidenceView } from '../evidence-models';
import { defineMethods, noArgs, returns } from './define';
import { referenceSchema } from './sections';

export const evidenceFiltersSchema = z.strictObject({
  /** Only decisions within the government's term (project info); default true when the term is known. */
  term: z.boolean().optional(),
  /** Only decisions on or after / before these dates. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Only decisions that belong to this policy domain (a top folder of the tree). */
  domain: pathSegment.optional(),
});
export type EvidenceFilters = z.infer<typeof evidenceFiltersSchema>;

export const evidenceMethods = defineMethods({
  /**
   * Ranked library decisions the section does not cite yet, overall and per
   * `[commitment]`, with why each is suggested and the coverage of each commitment.
   * `draft` is the section as being edited (not saved yet), so suggestions follow typing.
   */
  'evidence.suggest': {
    args: z.strictObject({
      sectionId,
      from: z.enum(EVIDENCE_SOURCES).optional(),
      limit: z.number().int().min(1).max(LIMITS.evidenceSuggestions).optional(),
      filters: evidenceFiltersSchema.optional(),
      draft: z
        .strictObject({
          body: z.string().max(LIMITS.body),
          references: z.array(referenceSchema).max(LIMITS.references),
        })
        .optional(),
    }),
    result: returns<EvidenceView>(),
  },
  /** "Not relevant": hides a library decision from this section's suggestions (stored in the project). */
  'evidence.dismiss': {
    args: z.strictObject({ sectionId, key: z.number().int().min(1) }),
    result: returns<{ dismissed: number }>(),
  },
  /** Shows a hidden decision again. */
  'evidence.restore': {
    args: z.strictObject({ sectionId, decision: z.string().min(1).max(LIMITS.url + 10) }),
    result: returns<{ dismissed: number }>(),
  },
  'evidence.dismissed': { args: z.strictObject({ sectionId }), result: returns<DismissedDecisionView[]>() },
  /** Per section with marked commitments: how many cited decisions support each one. */
  'evidence.coverage': { args: noArgs, result: returns<CoverageView>() },
});
