import { z } from 'zod';
import { filePath, LIMITS, pathSegment, sectionId, treePath } from '../content-rules';
import { VERDICTS, WORKFLOW_STATUSES } from '../models';
import type { Diagnostic, Section, SectionSummary } from '../models';
import { defineMethods, noArgs, returns } from './define';

/** One entry of a report's reference list. */
export const referenceSchema = z.strictObject({
  /** The number as written in the list (`[\[N\]]`); a clean report runs 0..n-1. */
  number: z.number().int().min(0).max(LIMITS.referenceNumber),
  /** `YYYY-MM-DD` as written in the entry (may be an invalid date; the checker says so). */
  date: z.string().max(LIMITS.referenceDate),
  /** The decision meeting's start instant in UTC, e.g. `2020-11-27T09:00:00Z`, when known. */
  meetingStart: z.string().max(LIMITS.referenceDate).optional(),
  /** Verbatim title; may be empty, may end in a raw `\n` (see docs/report-format). */
  title: z.string().max(LIMITS.referenceTitle),
  /** Verbatim link as stored in the report; absent for entries without a link. */
  url: z.string().max(LIMITS.url).optional(),
});
export type Reference = z.infer<typeof referenceSchema>;

/** The fields of a section a save may change. Omitted fields stay as they are. */
export const sectionPatchSchema = z.strictObject({
  heading: z.string().max(LIMITS.heading).optional(),
  agreement: z.string().max(LIMITS.agreement).optional(),
  body: z.string().max(LIMITS.body).optional(),
  references: z.array(referenceSchema).max(LIMITS.references).optional(),
  verdict: z.enum(VERDICTS).optional(),
  verdictNote: z.string().max(LIMITS.verdictNote).optional(),
  status: z.enum(WORKFLOW_STATUSES).optional(),
  path: treePath.optional(),
  name: pathSegment.optional(),
});
export type SectionPatch = z.infer<typeof sectionPatchSchema>;

const byId = z.strictObject({ id: sectionId });

export const sectionMethods = defineMethods({
  'sections.tree': { args: noArgs, result: returns<SectionSummary[]>() },
  'sections.get': { args: byId, result: returns<Section>() },
  'sections.create': {
    args: z.strictObject({ path: treePath, name: pathSegment, heading: z.string().max(LIMITS.heading).optional() }),
    result: returns<Section>(),
  },
  /**
   * Saves a change as a new revision. With `baseRevision`, refuses (code `conflict`)
   * when the stored section has moved on since, so two windows cannot overwrite each other.
   * With `project` (the `OpenProject.path` the edit was made in), refuses (code
   * `no-project`) when another project is open by now: a save sent just before a project
   * switch never lands in the other project, even when it has a section of the same id.
   */
  'sections.save': {
    args: z.strictObject({ id: sectionId, patch: sectionPatchSchema, baseRevision: z.number().int().min(0).optional(), project: filePath.optional() }),
    result: returns<Section>(),
  },
  'sections.delete': { args: byId, result: returns<null>() },
  /** The checker's diagnostics for a stored section, with the project's term. */
  'sections.check': { args: byId, result: returns<Diagnostic[]>() },
});
