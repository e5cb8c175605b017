// What an export writes, before anything is written: every file's path (checked: safe
// names, no two sections on one file) and how to render it. Rendering waits until the
// writer asks, so a refused export costs nothing and a big one streams.
import type { ExportFormat, ProjectInfo, Section } from '../../../shared/models';
import { indexHrefFor, renderIndexPage, renderSectionPage, sectionFileSegments, unsafeNameReason } from '../../../core/export';
import { renderReport } from '../../../core/format';
import { buildSite } from '../../../core/site';
import { AppException } from '../errors';
import { sectionLabel } from '../../../shared/section-label';
import { minisearchBrowserScript } from './site-vendor';

export interface PlannedFile {
  /** Path inside the export, one entry per folder plus the file name. */
  segments: string[];
  render: () => string | Uint8Array | Promise<string | Uint8Array>;
}

export interface ExportPlan {
  files: PlannedFile[];
  /** A name for the whole export as one download: `Media.docx`, `Regeerakkoord-site.zip`. */
  downloadName: string;
  /** True when the export is one file (a download of it is that file, not a zip). */
  singleFile: boolean;
}

/** Renders a section page to PDF bytes; only the desktop app has one (Electron's printToPDF). */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

export interface PlanOptions {
  format: ExportFormat;
  sections: readonly Section[];
  info: ProjectInfo;
  /** One section asked for (by id), rather than the project. */
  single: boolean;
  pdf?: PdfPrinter;
  generatedAt?: string;
}

// The Word library is large; only a Word export pays for loading it (every `pwb` run would otherwise).
const loadDocx = () => import('../../../core/docx');

/** A file name made from the project's name: unsafe characters become `-`, never empty. */
export function projectFileBase(info: ProjectInfo): string {
  const cleaned = info.name
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f]+/g, '-')
    .replace(/[. ]+$/, '')
    .trim()
    .slice(0, 120);
  return cleaned !== '' && unsafeNameReason(cleaned) === null ? cleaned : 'project';
}

function refuse(problems: string[]): never {
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
  throw new AppException('bad-request', `Nothing was exported. ${problems.slice(0, 3).join(' ')}${more}`, { problems });
}

/** Every file name checked at once: the person learns all names to fix, and nothing is written. */
function checkNames(files: readonly PlannedFile[], owners: readonly string[], problems: string[]): void {
  const taken = new Map<string, string>();
  files.forEach((f, i) => {
    // Case-insensitive: on Windows and macOS `Media.md` and `media.md` are one file.
    const key = f.segments.join('/').normalize('NFC').toLowerCase();
    const other = taken.get(key);
    if (other) problems.push(`"${owners[i]}" and "${other}" would both be written to ${f.segments.join('/')}; rename one of them.`);
    else taken.set(key, owners[i]);
  });
}

function sectionFiles(sections: readonly Section[], ext: 'md' | 'html', problems: string[]): { section: Section; segments: string[] }[] {
  const out: { section: Section; segments: string[] }[] = [];
  for (const section of sections) {
    const r = sectionFileSegments(section, ext);
    if (!r.ok) problems.push(`Section "${sectionLabel(section)}" cannot be exported: ${r.message}`);
    else out.push({ section, segments: r.segments });
  }
  return out;
}

function withExt(segments: string[], ext: string): string[] {
  const last = segments[segments.length - 1];
  return [...segments.slice(0, -1), `${last.slice(0, last.lastIndexOf('.'))}.${ext}`];
}

export function planExport(opts: PlanOptions): ExportPlan {
  const { format, sections, info, single } = opts;
  const generatedAt = opts.generatedAt ?? new Date().toISOString();
  const problems: string[] = [];
  const files: PlannedFile[] = [];
  const owners: string[] = [];
  const base = projectFileBase(info);
  const add = (file: PlannedFile, owner: string) => {
    files.push(file);
    owners.push(owner);
  };

  if (format === 'site' && single) throw new AppException('bad-request', 'A report site is made of the whole project; export one section as HTML, Word or PDF instead.');
  if (format === 'pdf') {
    if (!opts.pdf) throw new AppException('bad-request', 'PDF export needs the desktop app; in the browser, open the print page and print it to PDF.');
    if (!single) throw new AppException('bad-request', 'PDF is made one section at a time; export the project as Word or as a site instead.');
  }

  const ext = format === 'md' ? 'md' : 'html';
  const placed = sectionFiles(sections, ext, problems);
  if (format === 'md' || format === 'html') {
    for (const { section, segments } of placed) {
      const ctx = single ? { project: info, generatedAt } : { project: info, generatedAt, indexHref: indexHrefFor(section) };
      add({ segments, render: format === 'md' ? () => renderReport(section) : () => renderSectionPage(section, ctx) }, sectionLabel(section));
    }
    if (format === 'html' && !single) {
      const index = sections.map((s) => ({ id: s.id, path: s.path, name: s.name, heading: s.heading, verdict: s.verdict, status: s.status, referenceCount: s.references.length }));
      add({ segments: ['index.html'], render: () => renderIndexPage(info, index) }, 'the index page');
    }
  } else if (format === 'docx') {
    if (single) {
      for (const { section, segments } of placed) add({ segments: [withExt(segments, 'docx').pop()!], render: async () => (await loadDocx()).renderSectionDocx(section, info) }, section.name);
    } else {
      add({ segments: [`${base}.docx`], render: async () => (await loadDocx()).renderProjectDocx(sections, info) }, 'the project document');
    }
  } else if (format === 'pdf') {
    const printer = opts.pdf!;
    for (const { section, segments } of placed) {
      add({ segments: [withExt(segments, 'pdf').pop()!], render: () => printer(renderSectionPage(section, { project: info, generatedAt, print: true })) }, section.name);
    }
  } else if (format === 'site') {
    if (problems.length === 0) {
      for (const f of buildSite(sections, info, { generatedAt, minisearchScript: minisearchBrowserScript() })) add(f, f.segments.join('/'));
    }
  }
  if (problems.length === 0) checkNames(files, owners, problems);
  if (problems.length > 0) refuse(problems);

  const singleFile = files.length === 1 && format !== 'site' && (single || format === 'docx');
  const downloadName = singleFile ? files[0].segments[files[0].segments.length - 1] : `${base}-${format === 'site' ? 'site' : format}.zip`;
  return { files, downloadName, singleFile };
}
