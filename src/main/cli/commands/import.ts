// pwb import <file-or-folder>... --project <file.pwb>
import { resolve } from 'node:path';
import { progressPrinter } from '../progress';
import type { CliCommand } from '../registry';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseCommandArgs, requireValue, UsageError } from '../registry';
import { sectionLabel } from '../../../shared/section-label';
import { openCliProject } from '../session';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import report files and folder trees into a project',
  help: `Usage: pwb import <file-or-folder>... --project <file.pwb>

Imports section reports (.md) into a project, creating the project when the file
does not exist yet (its name is the file name). A folder is read with all its
subfolders; the folders below it become the section's place in the tree, and
X.md becomes the section named X. A file named directly goes to the top of the
tree. A report already in the project (same folders and name) is updated only
when it differs: the sections replaced are listed, and the text each had before
stays in its history. A file that cannot be read is listed (file:line: why) and
skipped.

Options:
  --project <file.pwb>  the project file (required)
  -h, --help            show this help

Exit status: 0 all imported, 1 some files could not be read (the rest was
imported), 2 bad usage or nothing could be imported.`,

  async run(argv, io) {
    const args = parseCommandArgs('import', argv, { project: { type: 'string', short: 'p' } }, this.help);
    const projectPath = requireValue(args.values.project, '--project <file.pwb>', 'import');
    if (args.positionals.length === 0) throw new UsageError('name at least one report file or folder to import (see pwb import --help)');

    const session = await openCliProject(projectPath, io, { create: true });
    try {
      const progress = progressPrinter(io, 'Reading reports');
      const off = session.on('importProgress', ({ done, total }) => progress.update(done, total));
      const result = await session.call('import.reports', { paths: args.positionals.map((p) => resolve(p)) }).finally(() => {
        off();
        progress.end();
      });
      for (const f of result.failed) io.err(`${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}\n`);
      const stored = result.created + result.updated + result.unchanged;
      io.out(
        `${session.project.path}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged` +
          (result.failed.length ? `, ${result.failed.length} failed` : '') +
          '\n',
      );
      // A replaced section is not lost: say which, and where their earlier text is.
      if (result.replaced.length > 0) {
        io.out(`${io.tr.t('importing.cli.replaced', { count: result.replaced.length })}\n`);
        for (const r of result.replaced) io.out(`  ${io.tr.t('importing.cli.replacedLine', { section: sectionLabel(r), revision: r.previousRevision })}\n`);
      }
      if (result.failed.length === 0) return EXIT_OK;
      return stored === 0 ? EXIT_USAGE : EXIT_PROBLEMS;
    } finally {
      await session.close();
    }
  },
};
