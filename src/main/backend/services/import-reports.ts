// import.reports: files and folder trees in, sections out. Everything is read and
// parsed first; then all writes happen in one transaction, so an import is stored
// whole or not at all, and a bad file never leaves half a section behind.
import type { Services } from '../../../shared/api';
import type { ImportProblem, ImportResult, Reference, Report, Section } from '../../../shared/models';
import { sha256Hex } from '../fs/sha256';
import { requireSession } from './context';
import type { BackendContext, ProjectSession } from './context';
import { doneWith, existingPath, shownPath } from './paths';
import type { ProjectStore } from '../store/types';
import { ProgressThrottle } from './progress';
import { collectReportFiles, readReportFiles } from './report-files';
import type { ParsedReportFile } from './report-files';

type ImportServices = Pick<Services, 'import.reports'>;

const refKey = (r: Reference) => JSON.stringify([r.number, r.date, r.title, r.url ?? null]);

/** True when the file says the same as the stored section (fields a report file holds). */
function sameContent(section: Section, report: Report): boolean {
  if (section.heading !== report.heading || section.agreement !== report.agreement || section.body !== report.body) return false;
  if (section.references.length !== report.references.length) return false;
  return section.references.every((r, i) => refKey(r) === refKey(report.references[i]));
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

export function importServices(ctx: BackendContext): ImportServices {
  return {
    'import.reports': async ({ paths }) => {
      const session = requireSession(ctx);
      const store = session.requireWritable();
      const given = paths.map((p) => existingPath(ctx, p));
      try {
        const result = await importFiles(given, session, store);
        return { ...result, failed: result.failed.map((f) => ({ ...f, file: shownPath(ctx, f.file) })) };
      } finally {
        for (const p of given) doneWith(ctx, p);
      }
    },
  };

  async function importFiles(paths: string[], session: ProjectSession, store: ProjectStore): Promise<ImportResult> {
    const { files, problems } = await collectReportFiles(paths);
    const failed: ImportProblem[] = [...problems];
    const progress = new ProgressThrottle(files.length, (done, total) => ctx.events.emit('importProgress', { done, total }));

    const parsed: ParsedReportFile[] = [];
    for (const r of await readReportFiles(files, () => progress.step())) {
      if ('report' in r) parsed.push(r);
      else failed.push(r);
    }

    const author = ctx.state.author();
    const result: ImportResult = { created: 0, updated: 0, unchanged: 0, failed, sectionIds: [] };
    const updatedIds: { id: string; revision: number }[] = [];
    store.transaction(() => {
      for (const { path, name, report } of parsed) {
        const existing = store.findSection(path, name);
        if (!existing) {
          const created = store.createSection(
            { path, name, ...report, agreementChecksum: sha256Hex(report.agreement) },
            { author },
          );
          result.created++;
          result.sectionIds.push(created.id);
        } else if (sameContent(existing, report)) {
          result.unchanged++;
          result.sectionIds.push(existing.id);
        } else {
          const saved = store.saveSection(
            existing.id,
            {
              ...report,
              references: keepMeetingStarts(report.references, existing.references),
              // The checksum records the agreement as last imported (see the evidence rules).
              ...(report.agreement !== existing.agreement ? { agreementChecksum: sha256Hex(report.agreement) } : {}),
            },
            { author },
          );
          result.updated++;
          result.sectionIds.push(existing.id);
          updatedIds.push({ id: saved.id, revision: saved.revision });
        }
      }
    });
    progress.finish();

    for (const u of updatedIds) ctx.events.emit('sectionChanged', u);
    if (result.created + result.updated > 0) ctx.events.emit('treeChanged', {});
    return result;
  }
}
