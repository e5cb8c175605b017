// pwb decisions import <file.jsonl|file.csv> --project <file.pwb>
import { resolve } from 'node:path';
import type { CliCommand, CliIO } from '../registry';
import { EXIT_OK, EXIT_PROBLEMS, parseCommandArgs, requireValue, UsageError } from '../registry';
import { openCliProject } from '../session';

const IMPORT_HELP = `Usage: pwb decisions import <file.jsonl|file.csv> --project <file.pwb>

Imports decisions into the project's decision library (searched with pwb search).
  .jsonl  one JSON object a line: id, date, meetingStart, title, url, text (any may be null)
  .csv    a header row naming the columns title, date, meeting start, link
          (',' or ';' separated; a meeting start is a UTC instant or a Brussels time)
A decision already in the library (same id, else same title and meeting start) is
updated, not added twice. Lines that cannot be read are skipped and listed.

Options:
  --project <file.pwb>  the project file (required; created when it does not exist,
                        named after the file)
  -h, --help            show this help

Exit status: 0 all imported, 1 some lines were skipped, 2 bad usage or unusable file.`;

async function importDecisions(argv: string[], io: CliIO): Promise<number> {
  const args = parseCommandArgs('decisions import', argv, { project: { type: 'string', short: 'p' } }, IMPORT_HELP);
  const projectPath = requireValue(args.values.project, '--project <file.pwb>', 'decisions import');
  if (args.positionals.length !== 1) throw new UsageError('name exactly one .jsonl or .csv file to import (see pwb decisions import --help)');

  const session = await openCliProject(projectPath, io, { create: true });
  try {
    const result = await session.call('import.decisions', { path: resolve(args.positionals[0]) });
    for (const s of result.skipped) io.err(`${s.file}${s.line ? `:${s.line}` : ''}: skipped: ${s.message}\n`);
    io.out(`${session.project.path}: ${result.inserted} decisions added, ${result.updated} updated, ${result.skipped.length} skipped\n`);
    return result.skipped.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
  } finally {
    await session.close();
  }
}

export const decisionsCommand: CliCommand = {
  name: 'decisions',
  summary: "manage the project's decision library (decisions import <file>)",
  help: `Usage: pwb decisions import <file.jsonl|file.csv> --project <file.pwb>

Subcommands:
  import   import decisions from a JSON Lines or CSV file

Run pwb decisions import --help for details.`,

  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === undefined) throw new UsageError('missing subcommand: pwb decisions import <file> --project <file.pwb>');
    if (sub === '--help' || sub === '-h') {
      io.out(this.help + '\n');
      return EXIT_OK;
    }
    if (sub === 'import') return importDecisions(rest, io);
    throw new UsageError(`unknown subcommand "decisions ${sub}" (see pwb decisions --help)`);
  },
};
