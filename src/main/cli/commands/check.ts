// pwb check --project <file.pwb> [--json] [--section <path-or-id>] [--fix]
import type { DamagedSection, Diagnostic, Section, SectionSummary, Severity } from '../../../shared/models';
import { applySafeFixes, diagnosticMessage } from '../../../core/citations';
import type { CliCommand } from '../registry';
import { EXIT_DAMAGED, EXIT_OK, EXIT_PROBLEMS, parseCommandArgs, requireValue, UsageError } from '../registry';
import type { CliSession } from '../session';
import { sectionLabel } from '../../../shared/section-label';
import { openCliProject, resolveSection } from '../session';

/**
 * One diagnostic of `check --json`, self-contained: which section, what, where. `code` and
 * `data` are stable for scripts; `message` is in the CLI's language (--lang, LANG).
 */
export interface CheckJsonDiagnostic extends Diagnostic {
  sectionId: string;
  path: string[];
  name: string;
  /** The reference's number as written in the list, when the problem is about a reference. */
  referenceNumber?: number;
}

export interface CheckJsonFix {
  sectionId: string;
  path: string[];
  name: string;
  changes: string[];
}

/** The one JSON document `check --json` prints. */
export interface CheckJson {
  project: string;
  sectionsChecked: number;
  counts: Record<Severity, number>;
  fixed: CheckJsonFix[];
  diagnostics: CheckJsonDiagnostic[];
  /** Sections whose stored content does not match their latest revision's hash (exit 2). */
  damaged: DamagedSection[];
}


function where(d: Diagnostic, section: Section): string {
  if (d.range) return `${d.range.startLine}:${d.range.startColumn}`;
  if (d.referenceIndex !== undefined) return `ref [${section.references[d.referenceIndex]?.number ?? d.referenceIndex}]`;
  if (d.agreementRange) return `agreement:${d.agreementRange.start + 1}`;
  return '-';
}

async function fixSection(session: CliSession, section: Section): Promise<{ section: Section; changes: string[] }> {
  const fixed = applySafeFixes({ body: section.body, references: section.references });
  if (fixed.changes.length === 0) return { section, changes: [] };
  const saved = await session.call('sections.save', {
    id: section.id,
    patch: { body: fixed.body, references: fixed.references },
    baseRevision: section.revision,
  });
  return { section: saved, changes: fixed.changes };
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'run the citation checker over a project or one section',
  help: `Usage: pwb check --project <file.pwb> [--json] [--section <path-or-id>] [--fix]

Checks every section (or one) for citations without a reference, references
nobody cites, broken numbering, links that do not match their title and date,
dates outside the government's term, and the other rules the editor shows.

Output, one line per problem:
  Folder/Name: LINE:COL severity code message      (a place in the body)
  Folder/Name: ref [N] severity code message       (reference N of the list)
  Folder/Name: agreement:COL severity code message (the agreement text)

Options:
  --project <file.pwb>     the project file (required)
  --section <path-or-id>   check one section, by id or path (Folder/Sub folder/Name)
  --fix                    first apply the safe fixes (renumber by first use, merge
                           exact duplicates, canonical links) and say what changed
  --json                   print one JSON document with every diagnostic instead:
                           code and data are stable, message follows --lang
  --lang nl|en             the language of the messages (default: LC_ALL,
                           LC_MESSAGES or LANG; English unless they name Dutch)
  -h, --help               show this help

Every section's stored content is also compared with the content hash of its
latest revision: a mismatch (a byte changed on disk, which the file's own checks
cannot see) is reported as damage. --fix leaves damaged sections alone.

Exit status: 0 no errors (warnings allowed), 1 errors remain, 2 bad usage or a
damaged project.`,

  async run(argv, io) {
    const args = parseCommandArgs('check', argv, {
      project: { type: 'string', short: 'p' },
      section: { type: 'string', short: 's' },
      json: { type: 'boolean' },
      fix: { type: 'boolean' },
    }, this.help);
    const projectPath = requireValue(args.values.project, '--project <file.pwb>', 'check');
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}" (see pwb check --help)`);

    const session = await openCliProject(projectPath, io, { readOnly: !args.values.fix });
    try {
      const tree = await session.call('sections.tree', {});
      const targets: SectionSummary[] = args.values.section !== undefined ? [resolveSection(tree, args.values.section)] : tree;
      const integrity = await session.call('project.verify', {});
      const wanted = new Set(targets.map((t) => t.id));
      const damaged = integrity.damaged.filter((d) => wanted.has(d.id));
      const isDamaged = new Set(damaged.map((d) => d.id));
      const report: CheckJson = {
        project: session.project.path,
        sectionsChecked: targets.length,
        counts: { error: 0, warning: 0, info: 0 },
        fixed: [],
        diagnostics: [],
        damaged,
      };
      const lines: string[] = damaged.map(
        (d) =>
          `${sectionLabel(d)}: ${
            d.problem === 'rule-broken'
              ? io.tr.t('integrity.cli.ruleBroken', { rule: d.rule ?? '' })
              : io.tr.t('integrity.cli.damaged', {
                  problem: d.problem === 'revision-missing' ? 'missing' : 'changed',
                  revision: d.revision,
                  intact: d.intactRevision ?? 'none',
                })
          }`,
      );

      for (const summary of targets) {
        let section = await session.call('sections.get', { id: summary.id });
        const label = sectionLabel(section);
        // A fix would save the damaged content as a new revision, hiding the damage.
        if (args.values.fix && !isDamaged.has(section.id)) {
          const result = await fixSection(session, section);
          section = result.section;
          if (result.changes.length > 0) {
            report.fixed.push({ sectionId: section.id, path: section.path, name: section.name, changes: result.changes });
            for (const change of result.changes) lines.push(`${label}: ${io.tr.t('cli.check.fixed', { change })}`);
          }
        }
        for (const d of await session.call('sections.check', { id: section.id })) {
          report.counts[d.severity] += 1;
          const ref = d.referenceIndex !== undefined ? section.references[d.referenceIndex] : undefined;
          const message = diagnosticMessage(io.tr, d);
          report.diagnostics.push({ sectionId: section.id, path: section.path, name: section.name, ...d, message, ...(ref ? { referenceNumber: ref.number } : {}) });
          lines.push(`${label}: ${where(d, section)} ${d.severity} ${d.code} ${message}`);
        }
      }

      if (args.values.json) io.out(JSON.stringify(report, null, 2) + '\n');
      else {
        for (const line of lines) io.out(line + '\n');
        const { error, warning, info } = report.counts;
        io.out(io.tr.t('cli.check.summary', { sections: report.sectionsChecked, errors: error, warnings: warning, infos: info }) + '\n');
        if (damaged.length > 0) io.out(io.tr.t('integrity.cli.summary', { count: damaged.length }) + '\n');
      }
      if (damaged.length > 0) return EXIT_DAMAGED;
      return report.counts.error > 0 ? EXIT_PROBLEMS : EXIT_OK;
    } finally {
      await session.close();
    }
  },
};
