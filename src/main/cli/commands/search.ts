// pwb search "<query>" --project <file.pwb> [--json] [--from D] [--to D] [--limit N]
import { LIMITS } from '../../../shared/limits';
import type { SearchQuery } from '../../../shared/models';
import type { CliCommand } from '../registry';
import { EXIT_OK, parseCommandArgs, requireValue, UsageError } from '../registry';
import { openCliProject } from '../session';

const MARK_START = '\u0002';
const MARK_END = '\u0003';

/** Snippet marks as bold on a terminal, `**...**` in a file or pipe. */
function highlight(text: string, tty: boolean): string {
  return tty ? text.replaceAll(MARK_START, '\x1b[1m').replaceAll(MARK_END, '\x1b[22m') : text.replaceAll(MARK_START, '**').replaceAll(MARK_END, '**');
}

function readLimit(value: string | undefined): number {
  if (value === undefined) return LIMITS.searchResultsDefault;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= LIMITS.searchResults)) throw new UsageError(`--limit must be a whole number from 1 to ${LIMITS.searchResults}, not "${value}"`);
  return n;
}

export const searchCommand: CliCommand = {
  name: 'search',
  summary: "search the project's decision library",
  help: `Usage: pwb search "<query>" --project <file.pwb> [--json] [--from D] [--to D] [--limit N]

Searches titles and texts of the decisions in the project's library, best matches first.

Options:
  --project <file.pwb>  the project file (required)
  --from YYYY-MM-DD     only decisions on or after this date
  --to YYYY-MM-DD       only decisions on or before this date
  --limit N             at most N results (default ${LIMITS.searchResultsDefault}, at most ${LIMITS.searchResults})
  --json                print the result as one JSON document
  -h, --help            show this help`,

  async run(argv, io) {
    const args = parseCommandArgs('search', argv, {
      project: { type: 'string', short: 'p' },
      from: { type: 'string' },
      to: { type: 'string' },
      limit: { type: 'string', short: 'n' },
      json: { type: 'boolean' },
    }, this.help);
    const projectPath = requireValue(args.values.project, '--project <file.pwb>', 'search');
    const query = args.positionals.join(' ');
    if (query.trim() === '') throw new UsageError('give something to search for: pwb search "<query>" --project <file.pwb>');
    const search: SearchQuery = { query, limit: readLimit(args.values.limit) };
    if (args.values.from !== undefined) search.from = args.values.from;
    if (args.values.to !== undefined) search.to = args.values.to;

    const session = await openCliProject(projectPath, io, { readOnly: true });
    try {
      const result = await session.call('decisions.search', search);
      if (args.values.json) {
        io.out(JSON.stringify(result, null, 2) + '\n');
        return EXIT_OK;
      }
      const shown = result.hits.length;
      io.out(`${result.total} decision${result.total === 1 ? '' : 's'} match "${query}"${shown < result.total ? ` (showing ${shown})` : ''}\n`);
      for (const hit of result.hits) {
        io.out(`\n${hit.date ?? '(no date)'}  ${highlight(hit.titleSnippet || hit.title || '(no title)', io.stdoutIsTTY)}\n`);
        if (hit.textSnippet) io.out(`    ${highlight(hit.textSnippet, io.stdoutIsTTY).replace(/\s+/g, ' ')}\n`);
        if (hit.url) io.out(`    ${hit.url}\n`);
      }
      return EXIT_OK;
    } finally {
      await session.close();
    }
  },
};
