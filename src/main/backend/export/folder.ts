// Where an export goes on the desktop and from the command line. A folder is absolute
// after resolution — a relative one is taken from the project file's folder, never from
// the process's working folder (for the app that is wherever it was installed or
// started) — and is checked to be a folder this user can write before anything is done.
import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { AppException } from '../errors';

/** `~`, `~/x`, absolute as given, and anything else relative to `baseDir`. */
export function resolveFolder(given: string, baseDir: string): string {
  const trimmed = given.trim();
  if (trimmed === '') throw new AppException('bad-request', 'Name a folder to export to.');
  if (trimmed === '~' || trimmed.startsWith('~/') || trimmed.startsWith('~\\')) return resolve(join(homedir(), trimmed.slice(1)));
  if (isAbsolute(trimmed)) return resolve(trimmed);
  return resolve(baseDir, trimmed);
}

/** The folder a relative export folder is resolved against: the open project's. */
export function projectFolder(projectPath: string): string {
  return dirname(resolve(projectPath));
}

/** Creates the folder when missing; refuses a file, or a folder this user may not write. */
export async function ensureWritableFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info && !info.isDirectory()) throw new AppException('bad-request', `${dir} is a file, not a folder; choose a folder to export to.`, { path: dir });
  if (!info) {
    try {
      await mkdir(dir, { recursive: true });
    } catch (err) {
      throw new AppException('io', `Cannot create the export folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { path: dir });
    }
  }
  try {
    await access(dir, constants.W_OK | constants.X_OK);
  } catch {
    throw new AppException('io', `The folder ${dir} cannot be written by you; choose another export folder.`, { path: dir });
  }
}

/** For remembered settings: only an absolute folder may be stored. */
export function requireAbsoluteFolder(dir: string): string {
  if (!isAbsolute(dir)) throw new AppException('bad-request', `The export folder must be a full path (like /home/me/exports or C:\\Exports), not "${dir}".`);
  return resolve(dir);
}
