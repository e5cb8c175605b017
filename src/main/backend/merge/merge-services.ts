// merge.*: merging a colleague's project file into the open one. Preview reads both
// files and writes nothing; apply recomputes the same plan, refuses while a conflict is
// unresolved (or when either file moved on since the preview the person looked at), and
// then writes every change in one transaction.
import { basename } from 'node:path';
import type { Services } from '../../../shared/api';
import type { MergePlan, MergeReport, MergeSectionReport } from '../../../shared/merge-models';
import { diffProjectInfo, dismissalsToAdd, finishMerge, planMerge, resolveAll, summarize } from '../../../core/merge';
import { LIMITS } from '../../../shared/limits';
import { AppException } from '../errors';
import { requireSession } from '../services/context';
import type { BackendContext } from '../services/context';
import { callablePath, doneWith, existingPath } from '../services/paths';
import type { ProjectStore } from '../store/types';
import { readMergeInputs } from './read-inputs';
import { refuseBreaches, resultRuleBreaches, theirRuleBreaches } from './their-rules';
import { TheirFiles } from './their-file';
import { writeMerge } from './write-merge';
import type { WrittenSection } from './write-merge';

type MergeServices = Pick<Services, 'merge.preview' | 'merge.apply'>;

/** `merge: Ann (colleague.pwb)`: who made the change that came in, and from which file. */
export function mergeAuthor(theirAuthor: string | undefined, theirsPath: string): string {
  const file = basename(theirsPath);
  // Their file's author names become part of my history: printable, and of a name's length.
  // eslint-disable-next-line no-control-regex
  const who = (theirAuthor ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim().slice(0, LIMITS.name);
  return who ? `merge: ${who} (${file})` : `merge: ${file}`;
}

function computePlan(mine: ProjectStore, theirs: ProjectStore, theirsPath: string) {
  const read = readMergeInputs(mine, theirs);
  refuseBreaches(theirRuleBreaches(read.inputs), 'theirs');
  const project = planMerge(read.inputs);
  // A section stays when either side still holds it and the merge does not delete it.
  const deleted = new Set(project.sections.filter((s) => s.outcome === 'deleted-by-theirs').map((s) => s.id));
  const present = new Set(read.inputs.filter((i) => (i.mine || i.theirs) && !deleted.has(i.id)).map((i) => i.id));
  const dismissals = dismissalsToAdd(mine.listDismissals(), theirs.listDismissals(), (id) => present.has(id));
  const plan: MergePlan = {
    theirsPath,
    planId: read.planId,
    sections: project.sections,
    summary: project.summary,
    projectInfo: diffProjectInfo(mine.info(), theirs.info()),
    evidenceDismissals: dismissals.length,
  };
  return { read, project, plan, dismissals };
}

export function mergeServices(ctx: BackendContext): MergeServices {
  const theirFiles = new TheirFiles();
  // A file kept open for an apply belongs to the project it was previewed against.
  ctx.events.on('projectChanged', () => theirFiles.closeKept());
  return {
    'merge.preview': async ({ theirsPath }) => {
      const mine = requireSession(ctx).store;
      const file = existingPath(ctx, theirsPath);
      const theirs = await theirFiles.open(mine, file);
      let plan: MergePlan | undefined;
      try {
        plan = computePlan(mine, theirs.store, callablePath(ctx, file)).plan;
        return plan;
      } finally {
        // Kept open for the apply that follows a preview with something to merge.
        theirs.release(!!plan && plan.sections.some((s) => s.outcome !== 'unchanged'));
      }
    },

    'merge.apply': async ({ theirsPath, resolutions, planId, prefer, dryRun }) => {
      const started = performance.now();
      const session = requireSession(ctx);
      const mine = dryRun ? session.store : session.requireWritable();
      const file = existingPath(ctx, theirsPath);
      const theirs = await theirFiles.open(mine, file);
      let written: WrittenSection[] = [];
      let report: MergeReport;
      try {
        const build = () => {
          const { read, project, plan, dismissals } = computePlan(mine, theirs.store, file);
          if (planId !== undefined && planId !== plan.planId) {
            throw new AppException('conflict', 'One of the project files changed since the merge preview; preview the merge again.', { planId: plan.planId });
          }
          const named = new Set(resolutions.map((r) => `${r.sectionId}\u0000${r.conflictId}`));
          const rest = prefer ? resolveAll(project.sections, prefer).filter((r) => !named.has(`${r.sectionId}\u0000${r.conflictId}`)) : [];
          const finished = finishMerge(project, [...resolutions, ...rest]);
          if (finished.invalid.length > 0) throw new AppException('bad-request', finished.invalid.slice(0, 3).join(' '), { invalid: finished.invalid });
          if (finished.unresolved.length > 0) {
            const n = finished.unresolved.length;
            throw new AppException('conflict', `${n} merge conflict${n === 1 ? ' is' : 's are'} not resolved yet; nothing was changed.`, {
              unresolved: finished.unresolved,
            });
          }
          refuseBreaches(resultRuleBreaches(finished.sections), 'result');
          const authorFor = (id: string) => mergeAuthor(read.theirAuthors.get(id), file);
          return { plan, finished, authorFor, dismissals };
        };
        // Reading, checking and writing in one transaction: nothing can change in between,
        // and a failure anywhere leaves my file exactly as it was.
        const { plan, finished, authorFor } = dryRun ? build() : mine.transaction(() => {
          const built = build();
          written = writeMerge(mine, built.finished.sections, built.authorFor);
          for (const d of built.dismissals) mine.addDismissal(d);
          return built;
        });
        const byId = new Map(written.map((w) => [w.id, w]));
        const sections: MergeSectionReport[] = finished.sections
          .filter((s) => s.report.outcome !== 'unchanged' || s.report.notes.length > 0)
          .map((s) => {
            const w = byId.get(s.id);
            return w ? { ...s.report, revision: w.revision, author: w.author } : dryRun && s.report.outcome !== 'keep-mine' ? { ...s.report, author: authorFor(s.id) } : s.report;
          });
        report = {
          theirsPath: callablePath(ctx, file),
          applied: !dryRun,
          sections,
          summary: summarize(finished.sections.map((s) => s.report)),
          projectInfo: plan.projectInfo,
          revisionsWritten: written.length,
          evidenceDismissals: plan.evidenceDismissals ?? 0,
          tookMs: 0,
        };
      } finally {
        theirs.release(false);
      }

      if (written.length > 0) {
        for (const w of written) if (w.deleted) session.diagnostics.forget(w.id);
        for (const w of written) ctx.events.emit('sectionChanged', w.deleted ? { id: w.id, revision: w.revision, deleted: true } : { id: w.id, revision: w.revision });
        ctx.events.emit('treeChanged', {});
      }
      report.tookMs = Math.round(performance.now() - started);
      // An uploaded colleague's file has served its purpose once merged.
      if (!dryRun) {
        theirFiles.closeKept();
        doneWith(ctx, file);
      }
      return report;
    },
  };
}
