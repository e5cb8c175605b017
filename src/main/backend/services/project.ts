// project.*: one open project at a time. A new one is opened before the old one is
// closed, so a failed open leaves the current project as it was.
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Services } from '../../../shared/api';
import type { OpenProject } from '../../../shared/models';
import { ensureDemoProject } from '../demo/ensure-demo';
import { AppException } from '../errors';
import { createProjectStore, openProjectStore } from '../store';
import type { ProjectStore } from '../store/types';
import { ProjectSession, requireSession } from './context';
import type { BackendContext } from './context';
import { knownProjects } from './known-projects';
import { existingPath, newPath, scratchFolder } from './paths';

type ProjectServices = Pick<
  Services,
  | 'project.open'
  | 'project.create'
  | 'project.known'
  | 'project.openDemo'
  | 'project.close'
  | 'project.update'
  | 'project.verify'
  | 'project.saveCopy'
  | 'project.downloadCopy'
  | 'project.takeOpenRequest'
>;

/** Makes `store` the open project, closing the previous one, and tells every window. */
export function switchProject(ctx: BackendContext, store: ProjectStore | null, demo = false): OpenProject | null {
  const previous = ctx.session;
  ctx.session = store ? new ProjectSession(store, demo) : null;
  if (previous) closeQuietly(previous.store);
  const project = ctx.session ? ctx.session.view() : null;
  if (store && !demo && ctx.recordRecent) ctx.state.addRecent(store.path);
  ctx.events.emit('projectChanged', { project });
  ctx.events.emit('treeChanged', {});
  return project;
}

function closeQuietly(store: ProjectStore): void {
  try {
    store.close();
  } catch (err) {
    process.stderr.write(`policy-workbench: closing ${store.path} failed: ${(err as Error).message}\n`);
  }
}

function isOpen(ctx: BackendContext, path: string): boolean {
  return ctx.session !== null && resolve(ctx.session.store.path) === path;
}

/**
 * The same file must not be open twice. Asked for in another mode (read-only or not), it
 * is closed first and opened again; asked for as it is open, the open session stays: a
 * reopen that closed it first and then failed would leave no project at all.
 */
function sameFileOpen(ctx: BackendContext, path: string, readOnly: boolean | undefined): OpenProject | null {
  if (!isOpen(ctx, path)) return null;
  const session = ctx.session!;
  if (readOnly === undefined || readOnly === session.store.readOnly) {
    if (!session.demo && ctx.recordRecent) ctx.state.addRecent(session.store.path);
    return session.view();
  }
  closeQuietly(session.store);
  ctx.session = null;
  return null;
}

export function projectServices(ctx: BackendContext): ProjectServices {
  return {
    'project.open': async ({ path, readOnly }) => {
      const file = existingPath(ctx, path);
      if (!existsSync(file)) throw new AppException('not-found', `Project file not found: ${file}`, { path: file });
      if (statSync(file).isDirectory()) throw new AppException('bad-request', `${file} is a folder, not a project file.`, { path: file });
      const same = sameFileOpen(ctx, file, readOnly);
      if (same) return same;
      const store = await openProjectStore(file, readOnly ? { readOnly: true } : {});
      return switchProject(ctx, store) as OpenProject;
    },

    'project.create': ({ path, name, government, termStart, termEnd }) => {
      const file = newPath(ctx, path);
      if (existsSync(file)) {
        throw new AppException('conflict', `A file already exists at ${file}; choose another name (nothing was overwritten).`, { path: file });
      }
      const folder = dirname(file);
      if (!existsSync(folder) || !statSync(folder).isDirectory()) {
        throw new AppException('not-found', `Folder not found: ${folder}`, { path: folder });
      }
      const store = createProjectStore(file, { name: name.trim(), government: government ?? '', termStart: termStart ?? null, termEnd: termEnd ?? null });
      return switchProject(ctx, store) as OpenProject;
    },

    'project.known': () => knownProjects(ctx),

    'project.openDemo': async () => {
      const file = resolve(ctx.demoDir, 'demo.pwb');
      const same = sameFileOpen(ctx, file, undefined);
      if (same) return same;
      const store = await ensureDemoProject(file, ctx.state.author());
      return switchProject(ctx, store, true) as OpenProject;
    },

    'project.close': () => {
      if (ctx.session) switchProject(ctx, null);
      return null;
    },

    'project.update': (patch) => {
      const session = requireSession(ctx);
      session.requireWritable().updateInfo(patch);
      // The term feeds the checker, so cached problem counts are stale.
      session.diagnostics.clear();
      const project = session.view();
      ctx.events.emit('projectChanged', { project });
      ctx.events.emit('treeChanged', {});
      return project;
    },

    'project.verify': () => requireSession(ctx).store.verifyContent(),

    'project.saveCopy': ({ path }) => {
      if (ctx.transport === 'http') {
        throw new AppException('bad-request', 'In the browser, a copy is a download: use project.downloadCopy (the browser saves the file where you choose).');
      }
      const session = requireSession(ctx);
      const dest = resolve(path);
      if (dest === resolve(session.store.path)) {
        throw new AppException('bad-request', 'Choose another file: a copy cannot replace the open project itself.', { path: dest });
      }
      const folder = dirname(dest);
      if (!existsSync(folder) || !statSync(folder).isDirectory()) {
        throw new AppException('not-found', `Folder not found: ${folder}`, { path: folder });
      }
      session.store.saveCopy(dest);
      return { path: dest };
    },

    'project.takeOpenRequest': () => ctx.openRequests.take(),

    'project.downloadCopy': () => {
      const session = requireSession(ctx);
      // The checked copy is made now (in the call queue, so it is one consistent state) in a
      // private temp folder, streamed when the browser asks, and removed afterwards.
      const dir = mkdtempSync(join(scratchFolder(ctx), 'pwb-copy-'));
      const file = join(dir, basename(session.store.path));
      try {
        session.store.saveCopy(file);
      } catch (err) {
        rmSync(dir, { recursive: true, force: true });
        throw err;
      }
      return ctx.downloads.add({
        ticket: { fileName: basename(session.store.path), contentType: 'application/vnd.policy-workbench.project', inline: false },
        size: statSync(file).size,
        open: () => createReadStream(file),
        dispose: () => rmSync(dir, { recursive: true, force: true }),
      });
    },
  };
}
