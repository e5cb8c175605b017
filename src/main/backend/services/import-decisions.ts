// import.decisions: a JSON Lines or CSV file into the project's decision library.
// Records are matched on the database id, else on title + meeting start, so importing
// the same file twice updates instead of duplicating.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Services } from '../../../shared/api';
import type { DecisionImportResult } from '../../../shared/models';
import { describeUtf8Problem, findInvalidUtf8 } from '../../../core/util/utf8';
import { parseDecisionsCsv } from '../decision-files/csv';
import { parseDecisionsJsonl } from '../decision-files/jsonl';
import { AppException } from '../errors';
import { requireSession } from './context';
import type { BackendContext, ProjectSession } from './context';
import { doneWith, existingPath, shownPath } from './paths';

type DecisionImportServices = Pick<Services, 'import.decisions'>;

const MAX_FILE_BYTES = 1024 * 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads `full`; messages name it `file` (as the person knows it). */
async function readText(full: string, file: string): Promise<string> {
  const info = await stat(full).catch(() => null);
  if (!info) throw new AppException('not-found', `No such file: ${file}`, { path: file });
  if (!info.isFile()) throw new AppException('bad-request', `${file} is not a file.`, { path: file });
  if (info.size > MAX_FILE_BYTES) throw new AppException('bad-file', `${file} is larger than 1 GB.`, { path: file });
  const bytes = await readFile(full);
  try {
    return utf8.decode(bytes);
  } catch {
    const problem = findInvalidUtf8(bytes);
    const where = problem ? `: the first byte that is not UTF-8 is at ${describeUtf8Problem(problem)}` : '';
    throw new AppException('bad-file', `${file} is not UTF-8 text${where}.`, { path: file });
  }
}

export function decisionImportServices(ctx: BackendContext): DecisionImportServices {
  return {
    'import.decisions': async ({ path }) => {
      const session = requireSession(ctx);
      session.requireWritable();
      const file = existingPath(ctx, path);
      try {
        return await importFile(file, session);
      } finally {
        doneWith(ctx, file);
      }
    },
  };

  async function importFile(full: string, session: ProjectSession): Promise<DecisionImportResult> {
    const store = session.requireWritable();
    // Messages name the file as the person knows it (in the browser: its name, not the server's path).
    const file = shownPath(ctx, full);
    const ext = extname(full).toLowerCase();
    if (ext !== '.jsonl' && ext !== '.csv') {
      throw new AppException('bad-request', `Cannot import ${file}: decisions come as .jsonl or .csv files.`, { path: file });
    }
    const text = await readText(full, file);
    let parsed;
    try {
      parsed = ext === '.csv' ? parseDecisionsCsv(text) : parseDecisionsJsonl(text);
    } catch (err) {
      if (err instanceof AppException) throw new AppException(err.code, `${file}: ${err.message}`, { ...err.details, path: file });
      throw err;
    }
    const counts = store.transaction(() => store.upsertDecisions(parsed.records.map((r) => r.record)));
    if (counts.inserted + counts.updated > 0) ctx.events.emit('projectChanged', { project: session.view() });
    return {
      inserted: counts.inserted,
      updated: counts.updated,
      skipped: parsed.skipped.map((s) => ({ file, line: s.line, message: s.message })),
    };
  }
}
