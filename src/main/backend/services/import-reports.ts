// import.reports / import.preview: files and folder trees in, sections out. Everything is
// read and parsed first; then all writes happen in one transaction, so an import is
// stored whole or not at all, and a bad file never leaves half a section behind. The
// preview runs the same reading and planning and writes nothing, so the app can say which
// sections an import would replace before it does.
import type { Services } from '../../../shared/api';
import { exportPlaceKey, takesIndexPage } from '../../../shared/file-name-rules';
import { sectionLabel } from '../../../shared/section-label';
import type { Located } from '../../../shared/section-label';
import type { ImportedSection, ImportPreview, ImportProblem, ImportResult, Reference, ReplacedSection, Report, Section } from '../../../shared/models';
import type { ProjectStore } from '../store/types';
import { sha256Hex } from '../fs/sha256';
import { requireSession } from './context';
import type { BackendContext } from './context';
import { doneWith, existingPath, shownPath } from './paths';
import { ProgressThrottle } from './progress';
import { collectReportFiles, readReportFiles } from './report-files';
import type { ParsedReportFile } from './report-files';

type ImportServices = Pick<Services, 'import.reports' | 'import.preview'>;

const refKey = (r: Reference) => JSON.stringify([r.number, r.date, r.title, r.url ?? null]);

/** The fields of the stored section that the file would change (only fields a report file holds). */
function changesOf(section: Section, report: Report): ReplacedSection['changes'] {
  const changes: ReplacedSection['changes'] = [];
  if (section.heading !== report.heading) changes.push('heading');
  if (section.agreement !== report.agreement) changes.push('agreement');
  if (section.body !== report.body) changes.push('body');
  const sameRefs = section.references.length === report.references.length && section.references.every((r, i) => refKey(r) === refKey(report.references[i]));
  if (!sameRefs) changes.push('references');
  return changes;
}

/** Report files do not hold meeting starts; keep the ones a person added for the same decision. */
function keepMeetingStarts(incoming: Reference[], stored: Reference[]): Reference[] {
  const starts = new Map<string, string>();
  for (const r of stored) if (r.meetingStart && r.url) starts.set(`${r.title}\n${r.url}`, r.meetingStart);
  return incoming.map((r) => {
    const start = r.url ? starts.get(`${r.title}\n${r.url}`) : undefined;
    return start ? { ...r, meetingStart: start } : r;
  });
}

type Planned =
  | { kind: 'create'; file: ParsedReportFile }
  | { kind: 'unchanged'; file: ParsedReportFile; existing: Section }
  | { kind: 'replace'; file: ParsedReportFile; existing: Section; replaced: ReplacedSection };

const placeOf = ({ file, path, name }: ParsedReportFile): ImportedSection => ({ file, path, name });

/** What each parsed file does to the project as it is now. */
function planImport(store: ProjectStore, parsed: readonly ParsedReportFile[]): Planned[] {
  return parsed.map((file) => {
    const existing = store.findSection(file.path, file.name);
    if (!existing) return { kind: 'create', file };
    const changes = changesOf(existing, file.report);
    if (changes.length === 0) return { kind: 'unchanged', file, existing };
    return { kind: 'replace', file, existing, replaced: { ...placeOf(file), id: existing.id, previousRevision: existing.revision, changes } };
  });
}

/**
 * Files that would share an export file with a section already there, or with another
 * file of this import, on a disk that ignores case — or take the HTML index page — are
 * listed as failed instead (the store would refuse the whole import for them).
 */
function withoutClashes(parsed: ParsedReportFile[], existing: readonly Located[], failed: ImportProblem[]): ParsedReportFile[] {
  const taken = new Map<string, string>();
  for (const s of existing) taken.set(exportPlaceKey(s.path, s.name), sectionLabel(s));
  const kept: ParsedReportFile[] = [];
  for (const f of parsed) {
    const label = sectionLabel(f);
    const key = exportPlaceKey(f.path, f.name);
    const other = taken.get(key);
    if (takesIndexPage(f.path, f.name)) failed.push({ file: f.file, message: `A report at the top may not be called "${f.name}": the HTML export writes its index page there; not imported.` });
    else if (other !== undefined && other !== label) failed.push({ file: f.file, message: `Would be one file with "${other}" on a disk that ignores case (Windows, macOS); not imported.` });
    else {
      taken.set(key, label);
      kept.push(f);
    }
  }
  return kept;
}

async function readForImport(ctx: BackendContext, paths: string[], existing: readonly Located[]): Promise<{ parsed: ParsedReportFile[]; failed: ImportProblem[] }> {
  const { files, problems } = await collectReportFiles(paths);
  const failed: ImportProblem[] = [...problems];
  const progress = new ProgressThrottle(files.length, (done, total) => ctx.events.emit('importProgress', { done, total }));
  const parsed: ParsedReportFile[] = [];
  for (const r of await readReportFiles(files, () => progress.step())) {
    if ('report' in r) parsed.push(r);
    else failed.push(r);
  }
  progress.finish();
  return { parsed: withoutClashes(parsed, existing, failed), failed };
}

export function importServices(ctx: BackendContext): ImportServices {
  const shown = <T extends { file: string }>(item: T): T => ({ ...item, file: shownPath(ctx, item.file) });

  return {
    // Reads only: an upload it was given stays for the import that follows (or is swept away unused).
    'import.preview': async ({ paths }): Promise<ImportPreview> => {
      const session = requireSession(ctx);
      session.requireWritable();
      const { parsed, failed } = await readForImport(ctx, paths.map((p) => existingPath(ctx, p)), session.sections());
      const preview: ImportPreview = { created: [], replaced: [], unchanged: [], failed: failed.map(shown) };
      for (const p of planImport(session.store, parsed)) {
        if (p.kind === 'create') preview.created.push(shown(placeOf(p.file)));
        else if (p.kind === 'unchanged') preview.unchanged.push(shown(placeOf(p.file)));
        else preview.replaced.push(shown(p.replaced));
      }
      return preview;
    },

    'import.reports': async ({ paths, replace = true }) => {
      const session = requireSession(ctx);
      const store = session.requireWritable();
      const given = paths.map((p) => existingPath(ctx, p));
      try {
        const result = await importFiles(given, store, replace, session.sections());
        return { ...result, failed: result.failed.map(shown), replaced: result.replaced.map(shown), kept: result.kept.map(shown) };
      } finally {
        for (const p of given) doneWith(ctx, p);
      }
    },
  };

  async function importFiles(paths: string[], store: ProjectStore, replace: boolean, existing: readonly Located[]): Promise<ImportResult> {
    const { parsed, failed } = await readForImport(ctx, paths, existing);
    const author = ctx.state.author();
    const result: ImportResult = { created: 0, updated: 0, unchanged: 0, failed, sectionIds: [], replaced: [], kept: [] };
    const updatedIds: { id: string; revision: number }[] = [];
    store.transaction(() => {
      // Planned inside the transaction: what is replaced is what the store holds now.
      for (const p of planImport(store, parsed)) {
        const { report } = p.file;
        if (p.kind === 'create') {
          const created = store.createSection({ path: p.file.path, name: p.file.name, ...report, agreementChecksum: sha256Hex(report.agreement) }, { author });
          result.created++;
          result.sectionIds.push(created.id);
        } else if (p.kind === 'unchanged') {
          result.unchanged++;
          result.sectionIds.push(p.existing.id);
        } else if (!replace) {
          result.kept.push(p.replaced);
        } else {
          const saved = store.saveSection(
            p.existing.id,
            {
              ...report,
              references: keepMeetingStarts(report.references, p.existing.references),
              // The checksum records the agreement as last imported (see the evidence rules).
              ...(report.agreement !== p.existing.agreement ? { agreementChecksum: sha256Hex(report.agreement) } : {}),
            },
            { author },
          );
          result.updated++;
          result.sectionIds.push(p.existing.id);
          result.replaced.push(p.replaced);
          updatedIds.push({ id: saved.id, revision: saved.revision });
        }
      }
    });

    for (const u of updatedIds) ctx.events.emit('sectionChanged', u);
    if (result.created + result.updated > 0) ctx.events.emit('treeChanged', {});
    return result;
  }
}
