// A colleague's file keeps a valid schema but may hold values the app never lets in (a
// folder called "..", a name with control characters, a 3 MB body). A merge takes in
// nothing that breaks the content rules: the sections that would are named, with the
// rule each breaks, and nothing is written.
import type { SectionMergeInput } from '../../../core/merge';
import { sameContent } from '../../../core/merge';
import { sectionRuleProblem } from '../../../shared/content-checks';
import { LIMITS } from '../../../shared/limits';
import { sectionLabel } from '../../../shared/section-label';
import type { SectionContent } from '../../../shared/merge-models';
import { AppException } from '../errors';

export interface RuleBreach {
  id: string;
  /** The section as a person finds it (its label in their file; control characters escaped as in JSON). */
  label: string;
  problem: string;
}

function printable(label: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f-\u009f]/.test(label) ? JSON.stringify(label).slice(1, -1) : label;
}

function breachOf(id: string, content: SectionContent): RuleBreach | null {
  const problem = id.length > LIMITS.sectionId ? `id: has more than ${LIMITS.sectionId} characters` : sectionRuleProblem(content);
  if (!problem) return null;
  return { id, label: printable(sectionLabel({ path: content.path.slice(0, 8), name: content.name.slice(0, LIMITS.name) })).slice(0, 300), problem };
}

/** The `other` contents that differ from mine (so would be written) and break a rule. */
function breachesWhereChanged(items: readonly { id: string; mine: SectionContent | null; other: SectionContent | null }[]): RuleBreach[] {
  const out: RuleBreach[] = [];
  for (const { id, mine, other } of items) {
    if (!other || sameContent(mine, other)) continue;
    const breach = breachOf(id, other);
    if (breach) out.push(breach);
  }
  return out;
}

/** Their sections that would come in (they differ from mine) and break a rule. */
export function theirRuleBreaches(inputs: readonly SectionMergeInput[]): RuleBreach[] {
  return breachesWhereChanged(inputs.map((i) => ({ id: i.id, mine: i.mine, other: i.theirs })));
}

/** What a merge would write (a merged body can outgrow its limit) that breaks a rule. */
export function resultRuleBreaches(sections: readonly { id: string; mine: SectionContent | null; result: SectionContent | null }[]): RuleBreach[] {
  return breachesWhereChanged(sections.map((s) => ({ id: s.id, mine: s.mine, other: s.result })));
}

export function refuseBreaches(breaches: readonly RuleBreach[], whose: 'theirs' | 'result'): void {
  if (breaches.length === 0) return;
  const n = breaches.length;
  const head =
    whose === 'theirs'
      ? `Nothing was merged: ${n} section${n === 1 ? '' : 's'} of their file break${n === 1 ? 's' : ''} the content rules`
      : `Nothing was merged: the merged result of ${n} section${n === 1 ? '' : 's'} would break the content rules`;
  const list = breaches
    .slice(0, 5)
    .map((b) => `"${b.label}" (${b.problem})`)
    .join('; ');
  throw new AppException('bad-file', `${head}: ${list}${n > 5 ? `; and ${n - 5} more` : ''}.`, { sections: breaches.map((b) => ({ id: b.id, label: b.label, problem: b.problem })) });
}
