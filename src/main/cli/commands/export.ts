// pwb export --project <file.pwb> --format md|html|docx|site --out <folder> [--section <path-or-id>]
import { randomBytes } from 'node:crypto';
import { EXPORT_FORMATS } from '../../../shared/models';
import type { ExportFormat } from '../../../shared/models';
import { progressPrinter } from '../progress';
import type { CliCommand } from '../registry';
import { EXIT_INTERRUPTED, EXIT_OK, parseCommandArgs, requireValue, UsageError } from '../registry';
import { openCliProject, resolveSection } from '../session';

const CLI_FORMATS = EXPORT_FORMATS.filter((f) => f !== 'pdf');

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write a project (or one section) as Markdown, HTML pages, Word or a report site',
  help: `Usage: pwb export --project <file.pwb> --format md|html|docx|site --out <folder> [--section <path-or-id>]

Writes the project into <folder>, in the project's folder tree:
  md    one report file per section, in the report format (an imported report that
        was not edited comes out byte for byte as it went in)
  html  one standalone page per section plus index.html
  docx  one Word document of the whole project, with a table of contents
        (with --section: that section's own document)
  site  a static report site for any web server or to open from disk: index with
        verdict badges, counts and filters, a page per section with previous/next,
        and full-text search (index.html; nothing loaded from the internet)
With --section only that section is written.

A relative --out is taken from the project file's folder. Files are written aside
and moved into place at the end: a failed or interrupted export (Ctrl+C) leaves
nothing behind. Labels (verdicts, headings) follow the project's language.
PDF is made by the desktop app ("Export PDF") or the browser's print dialog.

Options:
  --project <file.pwb>     the project file (required)
  --format <format>        md, html, docx or site (required)
  --out <folder>           where to write; created when missing (required)
  --section <path-or-id>   one section, by id or path (Folder/Sub folder/Name)
  -h, --help               show this help`,

  async run(argv, io) {
    const args = parseCommandArgs('export', argv, {
      project: { type: 'string', short: 'p' },
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      section: { type: 'string', short: 's' },
    }, this.help);
    const projectPath = requireValue(args.values.project, '--project <file.pwb>', 'export');
    const format = requireValue(args.values.format, `--format ${CLI_FORMATS.join('|')}`, 'export');
    if (format === 'pdf') throw new UsageError('PDF is made by the desktop app ("Export PDF") or by printing the HTML page to PDF in a browser; the command line writes md, html, docx or site');
    if (!(CLI_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${CLI_FORMATS.join(', ')}, not "${format}"`);
    const outDir = requireValue(args.values.out, '--out <folder>', 'export');
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}" (see pwb export --help)`);

    const session = await openCliProject(projectPath, io, { readOnly: true });
    const jobId = randomBytes(8).toString('hex');
    let interrupted = false;
    const offInterrupt = io.onInterrupt?.(() => {
      if (interrupted) return;
      interrupted = true;
      io.err('\nStopping the export…\n');
      void session.backend.dispatch('export.cancel', { jobId });
    });
    try {
      let sectionId: string | undefined;
      if (args.values.section !== undefined) sectionId = resolveSection(await session.call('sections.tree', {}), args.values.section).id;
      const progress = progressPrinter(io, 'Writing files');
      const off = session.on('exportProgress', ({ done, total, jobId: id }) => id === jobId && progress.update(done, total));
      const request = { format: format as ExportFormat, outDir, jobId, ...(sectionId ? { sectionId } : {}) };
      const result = await session.backend.dispatch('export.run', request).finally(() => {
        off();
        progress.end();
      });
      if (!result.ok) {
        if (result.error.code === 'cancelled') {
          io.err('Export cancelled; nothing was written.\n');
          return EXIT_INTERRUPTED;
        }
        throw new UsageError(result.error.message, result.error.code === 'internal' || result.error.code === 'io' ? 1 : 2);
      }
      const { files, outDir: dir } = result.value as { files: string[]; outDir: string };
      io.out(`${files.length} file${files.length === 1 ? '' : 's'} written to ${dir}\n`);
      return EXIT_OK;
    } finally {
      offInterrupt?.();
      await session.close();
    }
  },
};
