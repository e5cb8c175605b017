// The CLI is one more transport: it runs the same backend in-process and calls the API
// through `dispatch`, like every transport, so `pwb` can never disagree with the app.
// (It skips the in-process client's JSON round trip: one process, nothing to copy.)
import { existsSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { ApiEventName, ApiEvents, ArgsOf, Method, ResultOf } from '../../shared/api';
import type { OpenProject, SectionSummary } from '../../shared/models';
import { createBackend } from '../backend/app-backend';
import type { Backend } from '../backend/app-backend';
import { defaultDataDir } from '../backend/data-dir';
import type { CliIO } from './registry';
import { EXIT_PROBLEMS, UsageError } from './registry';
import { parseSectionLabel, placeKey } from '../../shared/section-label';

export interface CliSession {
  backend: Backend;
  project: OpenProject;
  call<M extends Method>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>>;
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
  close(): Promise<void>;
}

/** Backend errors become one line; the person's input is at fault unless the backend itself failed. */
async function callOrThrow<M extends Method>(backend: Backend, method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  const result = await backend.dispatch(method, args);
  if (result.ok) return result.value as ResultOf<M>;
  const { code, message } = result.error;
  throw new UsageError(message, code === 'internal' || code === 'io' ? EXIT_PROBLEMS : undefined);
}

/**
 * Opens the project for one command. `readOnly` commands (export, search, check without
 * --fix) do not take the file's write lock, so they work while the app has it open.
 */
export async function openCliProject(projectPath: string, io: CliIO, opts: { create?: boolean; readOnly?: boolean } = {}): Promise<CliSession> {
  const file = resolve(projectPath);
  const exists = existsSync(file);
  if (exists && statSync(file).isDirectory()) throw new UsageError(`--project ${file} is a folder; give a .pwb file`);
  if (!exists && !opts.create) throw new UsageError(`project file not found: ${file}`);

  const backend = createBackend({ dataDir: defaultDataDir(io.env), transport: 'memory', nativeDialogs: false, recordRecent: false });
  const call = <M extends Method>(method: M, args: ArgsOf<M>) => callOrThrow(backend, method, args);
  try {
    const project = exists
      ? await call('project.open', opts.readOnly ? { path: file, readOnly: true } : { path: file })
      : await call('project.create', { path: file, name: basename(file, extname(file)) });
    return { backend, project, call, on: (event, listener) => backend.events.on(event, listener), close: () => backend.close() };
  } catch (err) {
    await backend.close();
    throw err;
  }
}

/** Finds a section by id or by `Folder/Sub folder/Name` (a trailing `.md` is allowed). */
export function resolveSection(tree: readonly SectionSummary[], wanted: string): SectionSummary {
  const byId = tree.find((s) => s.id === wanted);
  if (byId) return byId;
  const place = parseSectionLabel(wanted);
  for (const name of [place.name, place.name.replace(/\.md$/i, '')]) {
    const key = placeKey({ path: place.path, name });
    const match = tree.find((s) => placeKey(s) === key);
    if (match) return match;
  }
  throw new UsageError(`no section "${wanted}" in this project; give a section id or a path like Bestuurzaken/Concrete voorstellen/ICT en Informatie`);
}

