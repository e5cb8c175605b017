// Paths named by a call, as services use them: with a workspace (browser host) resolved
// inside it or refused; without one (desktop, CLI) simply made absolute.
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { UPLOADS_FOLDER } from '../workspace/workspace';
import type { BackendContext } from './context';

/** A file or folder that must exist. */
export function existingPath(ctx: BackendContext, given: string): string {
  return ctx.workspace ? ctx.workspace.existing(given) : resolve(given);
}

/** A file about to be created. */
export function newPath(ctx: BackendContext, given: string): string {
  return ctx.workspace ? ctx.workspace.fresh(given) : resolve(given);
}

/** Done with a file the browser uploaded for this call: it goes (a path of the person's own is left alone). */
export function doneWith(ctx: BackendContext, full: string): void {
  ctx.uploads?.discard(full);
}

/**
 * A path as the person should read it: in the browser host relative to the workspace, an
 * uploaded file by its place in what they chose (`Brussel/Media.md`); elsewhere as it is.
 */
export function shownPath(ctx: BackendContext, full: string): string {
  if (!ctx.workspace) return full;
  const rel = ctx.workspace.relative(full);
  return rel.startsWith(`${UPLOADS_FOLDER}/`) ? rel.split('/').slice(2).join('/') : rel;
}

/** A path to hand back to the page for a later call: relative to the workspace in the browser host, else as it is. */
export function callablePath(ctx: BackendContext, full: string): string {
  return ctx.workspace ? ctx.workspace.relative(full) : full;
}

/** Where the backend writes files of its own for a moment (a copy to download): inside the workspace when there is one. */
export function scratchFolder(ctx: BackendContext): string {
  return ctx.workspace ? ctx.workspace.scratch : tmpdir();
}
