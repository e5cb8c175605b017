// pwb merge <theirs.pwb> --project <mine.pwb> [--json] [--dry-run] [--prefer mine|theirs]
import type { ArgsOf, ResultOf } from '../../../shared/api';
import type { MergeChoice, MergePlan, MergeReport, MergeSectionPlan, MergeSectionReport } from '../../../shared/merge-models';
import type { Result } from '../../../shared/models';
import { describeChanges, describeConflict, describeNote, describeResolutions, describeSummary, infoFieldLabel, MERGE_OUTCOMES, outcomeLabel } from '../../../core/merge';
import type { Translator } from '../../../core/i18n';
import type { CliCommand } from '../registry';
import { EXIT_OK, EXIT_PROBLEMS, parseCommandArgs, requireValue, UsageError } from '../registry';
import { sectionLabel } from '../../../shared/section-label';
import { openCliProject } from '../session';

/** The one JSON document `merge --json` prints. */
export type MergeJson =
  /** Written (`applied`) or what would be written (`dry-run`). */
  | { status: 'applied' | 'dry-run'; report: MergeReport }
  /** Nothing written: conflicts remain; the plan lists them. */
  | { status: 'conflicts'; plan: MergePlan; report: null };

function sectionLine(tr: Translator, s: MergeSectionPlan | MergeSectionReport): string[] {
  const width = Math.max(...MERGE_OUTCOMES.map((o) => outcomeLabel(tr, o).length));
  const head = `  ${outcomeLabel(tr, s.outcome).padEnd(width)}  ${sectionLabel(s)}`;
  const lines: string[] = [];
  const changes = describeChanges(tr, s.changes);
  lines.push(changes ? `${head}: ${changes}` : head);
  const indent = ' '.repeat(width + 4);
  if ('resolutions' in s && s.resolutions.length > 0) lines.push(indent + tr.t('merge.cli.resolved', { resolutions: describeResolutions(tr, s) }));
  else for (const c of s.conflicts) lines.push(`${indent}${describeConflict(tr, c)}`);
  for (const note of s.notes) lines.push(indent + tr.t('merge.cli.note', { note: describeNote(tr, note) }));
  return lines;
}

function infoLines(tr: Translator, plan: Pick<MergePlan, 'projectInfo'>): string[] {
  return plan.projectInfo.map((d) => '  ' + tr.t('merge.cli.infoDiffers', { field: infoFieldLabel(tr, d.field), mine: d.mine || '—', theirs: d.theirs || '—' }));
}

export const mergeCommand: CliCommand = {
  name: 'merge',
  summary: "merge a colleague's project file into yours",
  help: `Usage: pwb merge <theirs.pwb> --project <mine.pwb> [--json] [--dry-run] [--prefer mine|theirs]

Merges their project file into yours. Sections are matched by their stable id;
the common ancestor comes from the revision history, so a section edited on one
side only is taken from that side, and a field edited differently on both sides
is a conflict. Sections and references added or deleted on either side are
merged; reference numbers are made consistent with the merged text.

While any conflict is unresolved nothing is written: resolve conflicts in the
app (File > Merge project file…) or choose one side for all of them with
--prefer. Every merged section is saved as a new revision by
"merge: <their author> (<their file>)". Their file is never changed.

Options:
  --project <mine.pwb>     your project file, the one that is changed (required)
  --prefer mine|theirs     resolve every conflict with that side's version
  --dry-run                show what would change, write nothing
  --json                   print one JSON document: status and report, or the
                           plan with its conflicts when nothing was written
  -h, --help               show this help

Exit status: 0 merged (or nothing to merge), 1 conflicts remain (nothing
written), 2 bad usage or an unreadable file.`,

  async run(argv, io) {
    const tr = io.tr;
    const args = parseCommandArgs('merge', argv, {
      project: { type: 'string', short: 'p' },
      prefer: { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
    }, this.help);
    const projectPath = requireValue(args.values.project, '--project <mine.pwb>', 'merge');
    if (args.positionals.length === 0) throw new UsageError('missing their project file: pwb merge <theirs.pwb> --project <mine.pwb>');
    if (args.positionals.length > 1) throw new UsageError(`unexpected argument "${args.positionals[1]}" (see pwb merge --help)`);
    const theirsPath = args.positionals[0];
    const prefer = args.values.prefer;
    if (prefer !== undefined && prefer !== 'mine' && prefer !== 'theirs') throw new UsageError(`--prefer takes mine or theirs, not "${prefer}"`);
    const dryRun = args.values['dry-run'] === true;

    // A dry run writes nothing, so it does not take the file's lock (works while the app has it open).
    const session = await openCliProject(projectPath, io, { readOnly: dryRun });
    try {
      // One pass when it can succeed: apply (or dry-run) straight away; only when conflicts
      // remain is the plan fetched, to say what they are. Nothing is written in that case.
      const request: ArgsOf<'merge.apply'> = { theirsPath, resolutions: [], dryRun, ...(prefer ? { prefer: prefer as MergeChoice } : {}) };
      const attempt = (await session.backend.dispatch('merge.apply', request)) as Result<ResultOf<'merge.apply'>>;
      if (!attempt.ok && attempt.error.code === 'conflict' && attempt.error.details?.unresolved) {
        const plan = await session.call('merge.preview', { theirsPath });
        const conflicted = plan.sections.filter((s) => s.conflicts.length > 0);
        if (args.values.json) io.out(JSON.stringify({ status: 'conflicts', plan, report: null } satisfies MergeJson, null, 2) + '\n');
        else {
          io.out(tr.t('merge.cli.merging', { theirs: plan.theirsPath, mine: session.project.path }) + '\n');
          for (const s of plan.sections) if (s.outcome !== 'unchanged') for (const line of sectionLine(tr, s)) io.out(line + '\n');
          for (const line of infoLines(tr, plan)) io.out(line + '\n');
          io.out(`${describeSummary(tr, plan.summary)}\n`);
          const count = conflicted.reduce((sum, s) => sum + s.conflicts.length, 0);
          io.out(tr.t('merge.cli.conflicts', { count, sections: conflicted.length }) + '\n');
        }
        return EXIT_PROBLEMS;
      }
      if (!attempt.ok) throw new UsageError(attempt.error.message, attempt.error.code === 'internal' || attempt.error.code === 'io' ? EXIT_PROBLEMS : undefined);

      const report = attempt.value;
      if (args.values.json) io.out(JSON.stringify({ status: dryRun ? 'dry-run' : 'applied', report } satisfies MergeJson, null, 2) + '\n');
      else {
        io.out(tr.t(dryRun ? 'merge.cli.wouldMerge' : 'merge.cli.merged', { theirs: report.theirsPath, mine: session.project.path }) + '\n');
        for (const s of report.sections) for (const line of sectionLine(tr, s)) io.out(line + '\n');
        for (const line of infoLines(tr, report)) io.out(line + '\n');
        io.out(`${describeSummary(tr, report.summary)}\n`);
        const n = report.evidenceDismissals;
        if (n > 0) io.out(tr.t('merge.cli.dismissals', { count: n, dryRun: dryRun ? 'yes' : 'no' }) + '\n');
        io.out((dryRun ? tr.t('merge.cli.dryRun') : tr.t('merge.cli.written', { count: report.revisionsWritten, ms: report.tookMs })) + '\n');
      }
      return EXIT_OK;
    } finally {
      await session.close();
    }
  },
};
