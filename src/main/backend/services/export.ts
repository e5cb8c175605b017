// export.run: the project (or one section) as Markdown files in the same folder tree
// the reports came from, or as standalone HTML pages plus an index. Every name is
// checked before the first byte is written, so a refused export writes nothing.
import { mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Services } from '../../../shared/api';
import type { ExportFormat, ProjectInfo, Section } from '../../../shared/models';
import { indexHrefFor, renderIndexPage, renderSectionPage, sectionFileSegments } from '../../../core/export';
import { renderReport } from '../../../core/format';
import { AppException } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { requireSession } from './context';
import type { BackendContext } from './context';
import { ProgressThrottle } from './progress';
import { requireSection } from './sections';
import { sectionLabel } from '../../../shared/section-label';

type ExportServices = Pick<Services, 'export.run'>;

interface PlannedFile {
  segments: string[];
  render: () => string;
}

const WRITE_CONCURRENCY = 16;

function plan(format: ExportFormat, sections: Section[], info: ProjectInfo, single: boolean): PlannedFile[] {
  const generatedAt = new Date().toISOString();
  const files: PlannedFile[] = [];
  const problems: string[] = [];
  const taken = new Map<string, string>();
  const claim = (segments: string[], owner: string) => {
    // Case-insensitive: on Windows and macOS `Media.md` and `media.md` are one file.
    const key = segments.join('/').normalize('NFC').toLowerCase();
    const other = taken.get(key);
    if (other) problems.push(`"${owner}" and "${other}" would both be written to ${segments.join('/')}; rename one of them.`);
    else taken.set(key, owner);
  };
  if (format === 'html' && !single) claim(['index.html'], 'the index page');

  for (const section of sections) {
    const where = sectionLabel(section);
    const r = sectionFileSegments(section, format);
    if (!r.ok) {
      problems.push(`Section "${where}" cannot be exported: ${r.message}`);
      continue;
    }
    claim(r.segments, where);
    files.push({
      segments: r.segments,
      render:
        format === 'md'
          ? () => renderReport(section)
          : () => renderSectionPage(section, single ? { project: info, generatedAt } : { project: info, generatedAt, indexHref: indexHrefFor(section) }),
    });
  }
  if (problems.length > 0) {
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    throw new AppException('bad-request', `Nothing was exported. ${problems.slice(0, 3).join(' ')}${more}`, { problems });
  }
  if (format === 'html' && !single) {
    const index = sections.map((s) => ({ id: s.id, path: s.path, name: s.name, heading: s.heading, verdict: s.verdict, status: s.status, referenceCount: s.references.length }));
    files.push({ segments: ['index.html'], render: () => renderIndexPage(info, index) });
  }
  return files;
}

async function ensureFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info && !info.isDirectory()) throw new AppException('io', `${dir} is a file, not a folder.`, { path: dir });
  if (!info) await mkdir(dir, { recursive: true });
}

export function exportServices(ctx: BackendContext): ExportServices {
  return {
    'export.run': async ({ format, outDir, sectionId }) => {
      const session = requireSession(ctx);
      const store = session.store;
      const dir = resolve(outDir);
      const sections = sectionId ? [requireSection(session, sectionId)] : session.sections();
      const files = plan(format, sections, store.info(), sectionId !== undefined);

      try {
        await ensureFolder(dir);
        const folders = new Set(files.map((f) => join(dir, ...f.segments.slice(0, -1))));
        for (const folder of [...folders].sort()) if (folder !== dir) await ensureFolder(folder);
      } catch (err) {
        if (err instanceof AppException) throw err;
        throw new AppException('io', `Cannot create the export folder: ${(err as Error).message}`, { path: dir });
      }

      const progress = new ProgressThrottle(files.length, (done, total) => ctx.events.emit('exportProgress', { done, total, outDir: dir }));
      const written: string[] = files.map((f) => join(dir, ...f.segments));
      let next = 0;
      const worker = async () => {
        while (next < files.length) {
          const i = next++;
          try {
            await writeFileAtomic(written[i], files[i].render());
          } catch (err) {
            throw new AppException('io', `Cannot write ${written[i]}: ${(err as Error).message}`, { path: written[i] });
          }
          progress.step();
        }
      };
      await Promise.all(Array.from({ length: Math.min(WRITE_CONCURRENCY, files.length) }, worker));
      progress.finish();
      return { outDir: dir, files: written };
    },
  };
}
