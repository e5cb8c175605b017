// project.known: the project files a person can open from a list. In the browser host
// that is what the workspace holds (they cannot type a path there); elsewhere the
// recent list, where the files still exist.
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { KnownProject } from '../../../shared/models';
import { isInside } from '../fs/inside';
import type { BackendContext } from './context';

export function knownProjects(ctx: BackendContext): KnownProject[] {
  const recent = ctx.state.recent;
  if (!ctx.workspace) {
    return recent.flatMap((file) => {
      const info = statSync(file, { throwIfNoEntry: false });
      return info?.isFile() ? [{ path: file, name: basename(file), size: info.size, modified: info.mtime.toISOString(), recent: true }] : [];
    });
  }
  const ws = ctx.workspace;
  const opened = new Set(recent.filter((file) => isInside(ws.root, file)).map((file) => ws.relative(file)));
  return ws.knownProjects().map((f) => ({ ...f, recent: opened.has(f.path) }));
}

/** The recent list as this host may show it: in a workspace, only what lies inside it, relative to it. */
export function visibleRecent(ctx: BackendContext): string[] {
  const ws = ctx.workspace;
  if (!ws) return ctx.state.recent;
  return ctx.state.recent.filter((file) => isInside(ws.root, file)).map((file) => ws.relative(file));
}
