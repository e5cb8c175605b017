// Merging a colleague's project file into the open one (issue 5 §3). `merge.preview`
// writes nothing; `merge.apply` writes everything in one transaction, and refuses while
// any conflict is unresolved, so the user's file is never left half-merged.
import { z } from 'zod';
import { filePath, LIMITS, sectionId } from '../content-rules';
import { MERGE_CHOICES } from '../merge-models';
import type { MergePlan, MergeReport } from '../merge-models';
import { defineMethods, returns } from './define';

const conflictId = z.string().min(1, 'must not be empty').max(LIMITS.mergeId);

export const mergeResolutionSchema = z.union([
  z.strictObject({ sectionId, conflictId, choice: z.enum(MERGE_CHOICES) }),
  /** For a body conflict: the final text, citations in the section's merge numbering. */
  z.strictObject({ sectionId, conflictId, text: z.string().max(LIMITS.body) }),
]);
export type MergeResolution = z.infer<typeof mergeResolutionSchema>;

export const mergeMethods = defineMethods({
  /** Compares their file with mine and lists every outcome and conflict; writes nothing. */
  'merge.preview': { args: z.strictObject({ theirsPath: filePath }), result: returns<MergePlan>() },
  /**
   * Applies the merge in one transaction; every changed section becomes a new revision by
   * `merge: <their author> (<file>)`. Refuses (`conflict`) while a conflict is unresolved, or
   * when `planId` is given and either file changed since that preview. `prefer` settles
   * every conflict `resolutions` leaves open with that side (`pwb merge --prefer`).
   * `dryRun` reports what would be written and writes nothing.
   */
  'merge.apply': {
    args: z.strictObject({
      theirsPath: filePath,
      resolutions: z.array(mergeResolutionSchema).max(LIMITS.mergeResolutions),
      planId: z.string().max(LIMITS.mergeId).optional(),
      prefer: z.enum(MERGE_CHOICES).optional(),
      dryRun: z.boolean().optional(),
    }),
    result: returns<MergeReport>(),
  },
});
