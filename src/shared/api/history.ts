import { z } from 'zod';
import { sectionId } from '../content-rules';
import type { RevisionDetail, RevisionSummary, Section } from '../models';
import { defineMethods, returns } from './define';

const revisionId = z.strictObject({ id: z.number().int().min(1) });

export const historyMethods = defineMethods({
  'history.list': { args: z.strictObject({ sectionId }), result: returns<RevisionSummary[]>() },
  'history.get': { args: revisionId, result: returns<RevisionDetail>() },
  /** Restores an old revision as a new change (nothing in history is rewritten). */
  'history.restore': { args: revisionId, result: returns<Section>() },
});
