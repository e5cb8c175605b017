// Finding and reading report files for import. Reading is async and happens before
// anything is written, so a bad file is known (and skipped whole) before the store's
// one transaction starts.
import { isUtf8 } from 'node:buffer';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { ImportProblem, Report } from '../../../shared/models';
import { parseReport } from '../../../core/format';
import { sectionRuleProblem } from '../../../shared/content-checks';
import { describeUtf8Problem, findInvalidUtf8 } from '../../../core/util/utf8';
import { AppException } from '../errors';
import { isInside } from '../fs/inside';
import { placeKey } from '../../../shared/section-label';

export interface ReportFile {
  file: string;
  path: string[];
  name: string;
}

export interface ParsedReportFile extends ReportFile {
  report: Report;
}

const MAX_REPORT_BYTES = 20 * 1024 * 1024;
const READ_CONCURRENCY = 16;

const isReportName = (name: string) => name.toLowerCase().endsWith('.md') && name.length > 3;
const stripMd = (name: string) => name.slice(0, -3);

async function walk(root: string, realRoot: string, dir: string, out: ReportFile[], problems: ImportProblem[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    // Hidden files and folders (.git, .DS_Store) are never reports.
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Follow links to files only (a linked folder could loop back on itself), and only
      // to files inside the folder being imported: a link out of it leads to a file the
      // person did not choose, whose contents must not appear in a message.
      const target = await realpath(full).catch(() => null);
      const info = target ? await stat(target).catch(() => null) : null;
      isDir = false;
      isFile = info?.isFile() ?? false;
      if (isFile && target && !isInside(realRoot, target) && isReportName(entry.name)) {
        problems.push({ file: full, message: 'A link to a file outside the imported folder; not read.' });
        continue;
      }
    }
    if (isDir) await walk(root, realRoot, full, out, problems);
    else if (isFile && isReportName(entry.name)) {
      const folder = relative(root, dir);
      out.push({ file: full, path: folder === '' ? [] : folder.split(sep), name: stripMd(entry.name) });
    }
  }
}

/**
 * The report files named by `paths`: a file stands for itself (at the top of the tree),
 * a folder for every `.md` below it, its subfolders becoming the section's path.
 * A path that does not exist refuses the whole import: it is a typing mistake, not a bad file.
 */
export async function collectReportFiles(paths: readonly string[]): Promise<{ files: ReportFile[]; problems: ImportProblem[] }> {
  const files: ReportFile[] = [];
  const problems: ImportProblem[] = [];
  for (const given of paths) {
    const full = resolve(given);
    const info = await stat(full).catch(() => null);
    if (!info) throw new AppException('not-found', `No such file or folder: ${full}`, { path: full });
    if (info.isDirectory()) await walk(full, await realpath(full), full, files, problems);
    else if (isReportName(basename(full))) files.push({ file: full, path: [], name: stripMd(basename(full)) });
    else problems.push({ file: full, message: 'Not a report: only .md files can be imported.' });
  }
  const seen = new Map<string, string>();
  const unique: ReportFile[] = [];
  for (const f of files) {
    if (f.name.trim() === '') {
      problems.push({ file: f.file, message: 'The file name (without .md) is empty; a section needs a name.' });
      continue;
    }
    const key = placeKey(f);
    const first = seen.get(key);
    if (first === f.file) continue;
    if (first) {
      problems.push({ file: f.file, message: `Same section as ${first}; imported that file only.` });
      continue;
    }
    seen.set(key, f.file);
    unique.push(f);
  }
  return { files: unique, problems };
}

/** Reads and parses one file; a problem names the line when the parser could point at one. */
export async function readReportFile(f: ReportFile): Promise<ParsedReportFile | ImportProblem> {
  let bytes: Buffer;
  try {
    const info = await stat(f.file);
    if (info.size > MAX_REPORT_BYTES) return { file: f.file, message: `File is larger than ${MAX_REPORT_BYTES / 1024 / 1024} MB; not a report.` };
    bytes = await readFile(f.file);
  } catch (err) {
    return { file: f.file, message: `Cannot read the file: ${(err as Error).message}` };
  }
  if (!isUtf8(bytes)) {
    const problem = findInvalidUtf8(bytes);
    if (!problem) return { file: f.file, message: 'The file is not UTF-8 text.' };
    return { file: f.file, line: problem.line, message: `The file is not UTF-8 text: the first byte that is not UTF-8 is at ${describeUtf8Problem(problem)}.` };
  }
  // Some editors put a byte order mark in front; it is not part of the format, nor of the report.
  const withBom = bytes.toString('utf8');
  const text = withBom.startsWith('\uFEFF') ? withBom.slice(1) : withBom;
  const parsed = parseReport(text);
  if (!parsed.ok) {
    // A first line that is not a heading means the file is no report at all; its text
    // is not repeated (it may be any file that happens to end in .md).
    if (parsed.error.line === 1) return { file: f.file, line: 1, message: 'Not a report: a report starts with "# " and its heading on the first line.' };
    return { file: f.file, line: parsed.error.line, message: parsed.error.message };
  }
  // The same rules as a section saved in the app: a folder called "..", a name with a
  // control character or a 3 MB body would make the project one the app cannot export.
  const problem = sectionRuleProblem({ path: f.path, name: f.name, ...parsed.report });
  if (problem) return { file: f.file, message: `Breaks a content rule, not imported: ${problem}` };
  return { ...f, report: parsed.report };
}

/** Reads and parses files a few at a time (the disk works while the parser runs), results in input order. */
export async function readReportFiles(files: readonly ReportFile[], onEach: () => void): Promise<(ParsedReportFile | ImportProblem)[]> {
  const results = new Array<ParsedReportFile | ImportProblem>(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      results[i] = await readReportFile(files[i]);
      onEach();
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  return results;
}
