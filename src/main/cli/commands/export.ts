// pwb export --project <file.pwb> --format md|html --out <folder> [--section <path-or-id>]
import { resolve } from 'node:path';
import { progressPrinter } from '../progress';
import type { CliCommand } from '../registry';
import { EXIT_OK, parseCommandArgs, requireValue, UsageError } from '../registry';
import { openCliProject, resolveSection } from '../session';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write a project (or one section) as Markdown reports or HTML pages',
  help: `Usage: pwb export --project <file.pwb> --format md|html --out <folder> [--section <path-or-id>]

Writes every section of the project into <folder>, in the project's folder tree:
  md    one report file per section, in the report format (an imported report that
        was not edited comes out byte for byte as it went in)
  html  one standalone page per section plus index.html
With --section only that section is written (for html: just its page).

Options:
  --project <file.pwb>     the project file (required)
  --format md|html         what to write (required)
  --out <folder>           where to write; created when missing (required)
  --section <path-or-id>   one section, by id or path (Folder/Sub folder/Name)
  -h, --help               show this help`,

  async run(argv, io) {
    const args = parseCommandArgs('export', argv, {
      project: { type: 'string', short: 'p' },
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      section: { type: 'string', short: 's' },
    });
    if (args.help) {
      io.out(this.help + '\n');
      return EXIT_OK;
    }
    const projectPath = requireValue(args.values.project, '--project <file.pwb>', 'export');
    const format = requireValue(args.values.format, '--format md|html', 'export');
    if (format !== 'md' && format !== 'html') throw new UsageError(`--format must be md or html, not "${format}"`);
    const outDir = resolve(requireValue(args.values.out, '--out <folder>', 'export'));
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}" (see pwb export --help)`);

    const session = await openCliProject(projectPath, io, { readOnly: true });
    try {
      let sectionId: string | undefined;
      if (args.values.section !== undefined) sectionId = resolveSection(await session.call('sections.tree', {}), args.values.section).id;
      const progress = progressPrinter(io, 'Writing files');
      const off = session.on('exportProgress', ({ done, total }) => progress.update(done, total));
      const result = await session.call('export.run', sectionId ? { format, outDir, sectionId } : { format, outDir }).finally(() => {
        off();
        progress.end();
      });
      io.out(`${result.files.length} file${result.files.length === 1 ? '' : 's'} written to ${result.outDir}\n`);
      return EXIT_OK;
    } finally {
      await session.close();
    }
  },
};
