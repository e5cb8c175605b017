// pwb suggest --project <file.pwb> --section <path-or-id> [--limit 20] [--json] [--from agreement|all]
import { describeReasons, shorten } from '../../../core/evidence/describe';
import type { Translator } from '../../../core/i18n';
import { MARK_END, MARK_START } from '../../../core/search/highlight';
import type { EvidenceSource, EvidenceView } from '../../../shared/evidence-models';
import { EVIDENCE_SOURCES } from '../../../shared/evidence-models';
import { LIMITS } from '../../../shared/limits';
import type { CliCommand } from '../registry';
import { EXIT_OK, parseCommandArgs, requireValue, UsageError } from '../registry';
import { sectionLabel } from '../../../shared/section-label';
import { openCliProject, resolveSection } from '../session';

function readLimit(value: string | undefined): number {
  if (value === undefined) return 20;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > LIMITS.evidenceSuggestions) {
    throw new UsageError(`--limit must be a whole number from 1 to ${LIMITS.evidenceSuggestions}, not "${value}"`);
  }
  return Number(value);
}

export const suggestCommand: CliCommand = {
  name: 'suggest',
  summary: 'suggest library decisions that carry out a section (evidence finder)',
  help: `Usage: pwb suggest --project <file.pwb> --section <path-or-id> [--limit 20] [--json] [--from agreement|all]

Ranks the decisions of the project's library that the section does not cite yet by how
well they match it: each [commitment] of the agreement (or each sentence), the agreement
with the heading and the section's place, the assessment, and the decisions already
cited ("more like these"). Decisions outside the government's term and decisions marked
"not relevant" for the section are left out. Per commitment it also says how many cited
decisions support it.

Options:
  --project <file.pwb>     the project file (required)
  --section <path-or-id>   the section, by id or path (Folder/Sub folder/Name) (required)
  --from all|agreement     all (default): everything the section holds; agreement: only
                           the agreement text, heading and tree path (a section not yet written)
  --limit N                at most N suggestions (default 20, at most ${LIMITS.evidenceSuggestions})
  --json                   one JSON document: per suggestion id, date, meetingStart, title,
                           link, score and reason
  -h, --help               show this help

Exit status: 0 done, 2 bad usage, an unknown section or a project without a library.`,

  async run(argv, io) {
    const args = parseCommandArgs('suggest', argv, {
      project: { type: 'string', short: 'p' },
      section: { type: 'string', short: 's' },
      limit: { type: 'string', short: 'n' },
      from: { type: 'string' },
      json: { type: 'boolean' },
    }, this.help);
    const tr = io.tr;
    const projectPath = requireValue(args.values.project, '--project <file.pwb>', 'suggest');
    const wanted = requireValue(args.values.section, '--section <path-or-id>', 'suggest');
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}" (see pwb suggest --help)`);
    const from = (args.values.from ?? 'all') as EvidenceSource;
    if (!EVIDENCE_SOURCES.includes(from)) throw new UsageError(tr.t('evidence.cli.badFrom', { value: args.values.from ?? '' }));
    const limit = readLimit(args.values.limit);

    const session = await openCliProject(projectPath, io, { readOnly: true });
    try {
      const section = resolveSection(await session.call('sections.tree', {}), wanted);
      if (session.project.decisionCount === 0) throw new UsageError(tr.t('evidence.cli.noLibrary', { command: `pwb decisions import <file.jsonl> --project ${projectPath}` }));
      const view = await session.call('evidence.suggest', { sectionId: section.id, from, limit });
      if (args.values.json) io.out(JSON.stringify(toJson(view, section, from, (r) => describeReasons(tr, r)), null, 2) + '\n');
      else io.out(toText(view, sectionLabel(section), from, tr));
      return EXIT_OK;
    } finally {
      await session.close();
    }
  },
};

const unmark = (s: string) => s.replaceAll(MARK_START, '').replaceAll(MARK_END, '');

function toJson(view: EvidenceView, section: { id: string; path: string[]; name: string }, from: EvidenceSource, why: (r: EvidenceView['suggestions'][number]['reasons']) => string) {
  return {
    section: { id: section.id, path: section.path, name: section.name },
    from,
    termApplied: view.term.applied,
    suggestions: view.suggestions.map((s) => ({
      id: s.id,
      key: s.key,
      date: s.date,
      meetingStart: s.meetingStart,
      title: s.title,
      link: s.url,
      score: s.score,
      reason: why(s.reasons),
      reasons: s.reasons,
    })),
    commitments: view.commitments.map((c) => ({
      text: c.text,
      supporting: c.supporting.map((r) => ({ number: r.number, title: r.title })),
      suggestions: c.suggestions.map((s) => s.id ?? s.key),
    })),
  };
}

function toText(view: EvidenceView, label: string, from: EvidenceSource, tr: Translator): string {
  const lines = [tr.t('evidence.cli.header', { count: view.suggestions.length, section: label, from })];
  view.suggestions.forEach((s, i) => {
    lines.push('', `${String(i + 1).padStart(3)}. ${s.date ?? '----------'}  ${s.title || shorten(unmark(s.snippet), 100)}`);
    if (s.reasons.length > 0) lines.push(`     ${tr.t('evidence.cli.why', { reasons: describeReasons(tr, s.reasons) })}`);
    if (s.url) lines.push(`     ${s.url}`);
  });
  if (view.commitments.length > 0) {
    lines.push('', tr.t('evidence.cli.commitments'));
    for (const c of view.commitments) lines.push(`  “${shorten(c.text)}” — ${tr.t('evidence.cli.coverage', { count: c.supporting.length })}`);
  }
  return lines.join('\n') + '\n';
}
