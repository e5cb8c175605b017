// Writing an export into a folder so that a failed or cancelled run leaves nothing behind:
// every file is rendered and written into a hidden temp folder inside the target folder
// first (same disk, so the final moves are renames), and only when all of them are there
// are they moved into place. A cancel or an error before that removes the temp folder.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppException } from '../errors';
import type { PlannedFile } from './plan';

export interface RunControl {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

const CONCURRENCY = 8;

export function cancelled(): AppException {
  return new AppException('cancelled', 'The export was cancelled; nothing was written.');
}

/** Refuses before writing when a file would land where a folder is, or a folder where a file is. */
async function checkTargets(dir: string, files: readonly PlannedFile[]): Promise<void> {
  const folders = new Set<string>();
  for (const f of files) for (let i = 1; i < f.segments.length; i++) folders.add(join(dir, ...f.segments.slice(0, i)));
  for (const folder of folders) {
    const info = await stat(folder).catch(() => null);
    if (info && !info.isDirectory()) throw new AppException('io', `${folder} is a file where the export needs a folder; move it away first.`, { path: folder });
  }
  for (const f of files) {
    const target = join(dir, ...f.segments);
    const info = await stat(target).catch(() => null);
    if (info?.isDirectory()) throw new AppException('io', `${target} is a folder where the export needs a file; move it away first.`, { path: target });
  }
}

/** Writes every file under `dir` (which exists and is writable); returns their paths. */
export async function writeExportToFolder(dir: string, files: readonly PlannedFile[], control: RunControl = {}): Promise<string[]> {
  const { signal, onProgress } = control;
  await checkTargets(dir, files);
  const temp = join(dir, `.pwb-export-${randomBytes(6).toString('hex')}`);
  try {
    await mkdir(temp);
  } catch (err) {
    throw new AppException('io', `Cannot write in ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { path: dir });
  }
  const staged = files.map((_, i) => join(temp, String(i)));
  let done = 0;
  try {
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        if (signal?.aborted) throw cancelled();
        const i = next++;
        const content = await files[i].render();
        if (signal?.aborted) throw cancelled();
        try {
          await writeFile(staged[i], content);
        } catch (err) {
          throw new AppException('io', `Cannot write ${join(dir, ...files[i].segments)}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { path: dir });
        }
        onProgress?.(++done, files.length);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
    if (signal?.aborted) throw cancelled();
  } catch (err) {
    await rm(temp, { recursive: true, force: true });
    throw err;
  }

  // Everything is on disk: move it into place. Renames on one disk take microseconds each.
  const written: string[] = [];
  try {
    const made = new Set<string>();
    for (let i = 0; i < files.length; i++) {
      const segs = files[i].segments;
      const parent = join(dir, ...segs.slice(0, -1));
      if (!made.has(parent)) {
        await mkdir(parent, { recursive: true });
        made.add(parent);
      }
      const target = join(dir, ...segs);
      await rename(staged[i], target);
      written.push(target);
    }
  } catch (err) {
    throw new AppException('io', `The export stopped while moving files into ${dir} (${written.length} of ${files.length} in place): ${(err as Error).message}`, { path: dir });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  return written;
}
