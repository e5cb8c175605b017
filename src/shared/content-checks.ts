// The content rules applied to whole values, for every door that is not an API call:
// report import, decision import, merge, restore, the store's own writes, and files made
// elsewhere. The API's argument schemas (src/shared/api/*) check the same fields with the
// same rules; these put them together per section and per decision, and say which rule
// a value breaks in words a person can act on.
import { z } from 'zod';
import { describeIssues, isoDate, LIMITS, pathSegment, treePath } from './content-rules';
import { VERDICTS, WORKFLOW_STATUSES } from './models';
import { referenceSchema } from './api/sections';

/** Every field of a section that a person or a colleague's file can set. */
export const sectionContentSchema = z.object({
  path: treePath,
  name: pathSegment,
  heading: z.string().max(LIMITS.heading),
  agreement: z.string().max(LIMITS.agreement),
  body: z.string().max(LIMITS.body),
  references: z.array(referenceSchema).max(LIMITS.references),
  verdict: z.enum(VERDICTS),
  verdictNote: z.string().max(LIMITS.verdictNote),
  status: z.enum(WORKFLOW_STATUSES),
});

export type SectionContentField = keyof z.infer<typeof sectionContentSchema>;

/** A decision of the library as stored. */
export const decisionRecordSchema = z.object({
  id: z.string().max(LIMITS.decisionId).nullable(),
  date: isoDate.nullable(),
  meetingStart: z.string().max(LIMITS.referenceDate).nullable(),
  title: z.string().max(LIMITS.decisionTitle),
  url: z.string().max(LIMITS.url).nullable(),
  text: z.string().max(LIMITS.decisionText),
});

/**
 * The rules `content` breaks, as one line (`name: must not be ".."; body: Too big …`), or
 * null when it keeps them all. Only the fields present are checked, so a change that
 * leaves a field alone is not held to account for it.
 */
export function sectionRuleProblem(content: Partial<Record<SectionContentField, unknown>>): string | null {
  const present = Object.fromEntries(Object.keys(sectionContentSchema.shape).filter((k) => (content as Record<string, unknown>)[k] !== undefined).map((k) => [k, true])) as Partial<
    Record<SectionContentField, true>
  >;
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(present)) picked[key] = (content as Record<string, unknown>)[key];
  const result = sectionContentSchema.pick(present).safeParse(picked);
  return result.success ? null : describeIssues(result.error);
}

/** The rules a decision record breaks, as one line, or null. */
export function decisionRuleProblem(record: unknown): string | null {
  const result = decisionRecordSchema.safeParse(record);
  return result.success ? null : describeIssues(result.error);
}
