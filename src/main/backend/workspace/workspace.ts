// The one folder the browser host may touch (docs/adr/0015). Fixed when the host starts;
// every path a call names is resolved inside it — relative to it, or absolute within it,
// with symbolic links followed (realpath) — or refused. The desktop app and `pwb` have
// no workspace: they keep the person's own file access.
//
//   <workspace>/projects/   projects opened, created or uploaded in the browser
//   <workspace>/uploads/    files handed over for one import or merge, removed after
//   <workspace>/.scratch/   the backend's own passing files (a copy being downloaded)
import fs from 'node:fs';
import path from 'node:path';
import { AppException } from '../errors';
import { isInside } from '../fs/inside';

export const PROJECTS_FOLDER = 'projects';
export const UPLOADS_FOLDER = 'uploads';
const SCRATCH_FOLDER = '.scratch';

export interface KnownFile {
  /** Relative to the workspace, with `/` between folders: what a call passes back. */
  path: string;
  name: string;
  size: number;
  /** ISO instant of the last change. */
  modified: string;
}

const outside = (given: string) =>
  new AppException('bad-request', `"${given}" is outside the workspace of this browser host; open, upload or create files through the workbench instead.`, {
    path: given,
  });

export class Workspace {
  /** Real path (links resolved) of the workspace folder. */
  readonly root: string;
  readonly projects: string;
  readonly uploads: string;
  readonly scratch: string;

  private constructor(root: string) {
    this.root = root;
    this.projects = path.join(root, PROJECTS_FOLDER);
    this.uploads = path.join(root, UPLOADS_FOLDER);
    this.scratch = path.join(root, SCRATCH_FOLDER);
  }

  /** Creates the folder and its parts when missing. Uploads and scratch files left by an earlier run are removed. */
  static open(folder: string): Workspace {
    const wanted = path.resolve(folder);
    try {
      fs.mkdirSync(wanted, { recursive: true });
      const ws = new Workspace(fs.realpathSync(wanted));
      fs.mkdirSync(ws.projects, { recursive: true });
      for (const passing of [ws.uploads, ws.scratch]) {
        fs.rmSync(passing, { recursive: true, force: true });
        fs.mkdirSync(passing, { recursive: true });
      }
      return ws;
    } catch (err) {
      throw new AppException('io', `Cannot use ${wanted} as the workspace: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { path: wanted });
    }
  }

  /**
   * An existing file or folder named by a call, as its real path inside the workspace.
   * Relative paths are taken from the workspace; `..`, absolute paths elsewhere and
   * links that lead out are refused, as is anything that does not exist.
   */
  existing(given: string): string {
    const full = this.absolute(given);
    let real: string;
    try {
      real = fs.realpathSync(full);
    } catch {
      // Said the same way whether it is missing or outside: nothing about the disk beyond the workspace is told.
      if (!isInside(this.root, full)) throw outside(given);
      throw new AppException('not-found', `No such file in the workspace: ${this.relative(full)}`, { path: this.relative(full) });
    }
    if (!isInside(this.root, real)) throw outside(given);
    return real;
  }

  /** A file to be created: its folder must exist inside the workspace; the file itself must not exist. */
  fresh(given: string): string {
    const full = this.absolute(given);
    const name = path.basename(full);
    if (name === '' || name === '.' || name === '..') throw outside(given);
    const folder = this.existing(path.relative(this.root, path.dirname(full)) || '.');
    return path.join(folder, name);
  }

  /** `projects/x.pwb` for a path inside the workspace. */
  relative(full: string): string {
    return path.relative(this.root, full).split(path.sep).join('/');
  }

  /** The project files in `projects/` (and folders below it, two levels deep), newest first. */
  knownProjects(): KnownFile[] {
    const out: KnownFile[] = [];
    const walk = (dir: string, depth: number) => {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (e.name.startsWith('.')) continue;
        const full = path.join(dir, e.name);
        if (e.isDirectory() && depth < 2) walk(full, depth + 1);
        else if (e.isFile() && e.name.toLowerCase().endsWith('.pwb')) {
          const info = fs.statSync(full, { throwIfNoEntry: false });
          if (info) out.push({ path: this.relative(full), name: e.name, size: info.size, modified: info.mtime.toISOString() });
        }
      }
    };
    walk(this.projects, 0);
    return out.sort((a, b) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : a.path.localeCompare(b.path)));
  }

  private absolute(given: string): string {
    // eslint-disable-next-line no-control-regex
    if (typeof given !== 'string' || given.trim() === '' || /[\u0000]/.test(given)) throw outside(String(given));
    const full = path.resolve(this.root, given);
    if (!isInside(this.root, full)) throw outside(given);
    return full;
  }
}
