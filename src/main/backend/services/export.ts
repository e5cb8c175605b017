// export.*: the project (or one section) as Markdown reports, HTML pages, Word, PDF or a
// report site — into a folder (desktop, CLI) or as a browser download (browser host).
// Every name is checked before the first byte is written, files are staged aside and
// moved into place at the end, and a running export can be cancelled by its job id.
import type { Services } from '../../../shared/api';
import type { ExportFormat, Section } from '../../../shared/models';
import { renderSectionPage } from '../../../core/export';
import { AppException } from '../errors';
import { ensureWritableFolder, projectFolder, resolveFolder } from '../export/folder';
import { planExport } from '../export/plan';
import type { ExportPlan } from '../export/plan';
import { cancelled, writeExportToFolder } from '../export/write-folder';
import { zipExport } from '../export/zip-stream';
import { requireSession } from './context';
import type { BackendContext } from './context';
import { ProgressThrottle } from './progress';
import { requireSection } from './sections';

type ExportServices = Pick<Services, 'export.run' | 'export.cancel' | 'export.download' | 'export.printPage'>;

const CONTENT_TYPES: Record<string, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  zip: 'application/zip',
};

function contentTypeOf(fileName: string): string {
  return CONTENT_TYPES[fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
}

const toBytes = (v: string | Uint8Array) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);

function planFor(ctx: BackendContext, format: ExportFormat, sectionId: string | undefined): ExportPlan {
  const session = requireSession(ctx);
  const sections: readonly Section[] = sectionId ? [requireSection(session, sectionId)] : session.sections();
  return planExport({ format, sections, info: session.store.info(), single: sectionId !== undefined, pdf: ctx.pdf });
}

export function exportServices(ctx: BackendContext): ExportServices {
  const progressFor = (jobId: string, total: number, where: string) =>
    new ProgressThrottle(total, (done, all) => ctx.events.emit('exportProgress', { done, total: all, outDir: where, jobId }));

  return {
    'export.run': async ({ format, outDir, sectionId, jobId }) => {
      if (ctx.transport === 'http') {
        throw new AppException('bad-request', 'In the browser, exports are downloads: use export.download (the browser saves the file where you choose).');
      }
      const session = requireSession(ctx);
      const plan = planFor(ctx, format, sectionId);
      const dir = resolveFolder(outDir, projectFolder(session.store.path));
      await ensureWritableFolder(dir);
      const job = ctx.jobs.start(jobId);
      const progress = progressFor(job.id, plan.files.length, dir);
      try {
        const files = await writeExportToFolder(dir, plan.files, { signal: job.signal, onProgress: () => progress.step() });
        progress.finish();
        return { outDir: dir, files };
      } finally {
        ctx.jobs.finish(job.id);
      }
    },

    'export.cancel': ({ jobId }) => ({ cancelled: ctx.jobs.cancel(jobId) }),

    'export.download': ({ format, sectionId, jobId }) => {
      const plan = planFor(ctx, format, sectionId);
      const job = ctx.jobs.start(jobId);
      const fileName = plan.downloadName;
      const root = fileName.replace(/\.zip$/, '');
      return ctx.downloads.add({
        ticket: { fileName, contentType: contentTypeOf(fileName), inline: false },
        dispose: () => ctx.jobs.finish(job.id),
        open: (signal) => produce(plan, root, job, signal),
      });

      async function* produce(p: ExportPlan, zipRoot: string, j: { id: string; signal: AbortSignal }, gone: AbortSignal): AsyncGenerator<Uint8Array> {
        const signal = AbortSignal.any([j.signal, gone]);
        const progress = progressFor(j.id, p.files.length, fileName);
        try {
          if (p.singleFile) {
            if (signal.aborted) throw cancelled();
            yield toBytes(await p.files[0].render());
            progress.step();
          } else {
            yield* zipExport(zipRoot, p.files, { signal, onProgress: () => progress.step() });
          }
          progress.finish();
        } finally {
          ctx.jobs.finish(j.id);
        }
      }
    },

    'export.printPage': ({ sectionId }) => {
      const session = requireSession(ctx);
      const section = requireSection(session, sectionId);
      const html = renderSectionPage(section, { project: session.store.info(), generatedAt: new Date().toISOString(), print: true });
      const name = `${section.name}.html`;
      return ctx.downloads.add(
        {
          ticket: { fileName: name, contentType: 'text/html; charset=utf-8', inline: true },
          open: async function* () {
            yield toBytes(html);
          },
        },
        true,
      );
    },
  };
}
