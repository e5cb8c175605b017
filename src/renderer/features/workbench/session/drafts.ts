// Text that could not be saved before the app left a project (a failed save the person
// chose to keep, or a switch made from another window or tab). It waits here, per project
// file and section, until that project is open again; then it goes back into its section
// and is saved from there (docs/adr/0026). localStorage, like the other per-machine
// memories: it is this person's unsaved typing, not project data.
import type { Section } from '../../../../shared/models';

/** What a person edits in a section, all of which a draft carries. */
export const DRAFT_FIELDS = ['heading', 'agreement', 'body', 'references', 'verdict', 'verdictNote', 'status'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

export interface SectionDraft {
  id: string;
  /** `folder/name`, to tell the person which section it is. */
  label: string;
  /** Where the section was, to make it again if it was deleted meanwhile. */
  path: string[];
  name: string;
  /** The revision the edits were made on: a section saved since gets a conflict, not an overwrite. */
  baseRevision: number;
  fields: Pick<Section, DraftField>;
}

const KEY = 'pwb.drafts';

type Stored = Record<string, Record<string, SectionDraft>>;

function read(): Stored {
  try {
    const raw = window.localStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Stored) : {};
  } catch {
    return {};
  }
}

function write(all: Stored): boolean {
  try {
    if (Object.keys(all).length === 0) window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, JSON.stringify(all));
    return true;
  } catch {
    return false;
  }
}

/** Keeps drafts of a project (replacing earlier ones of the same sections); false when storage refused. */
export function keepDrafts(project: string, drafts: readonly SectionDraft[]): boolean {
  if (drafts.length === 0) return true;
  const all = read();
  const mine = { ...all[project] };
  for (const d of drafts) mine[d.id] = d;
  all[project] = mine;
  return write(all);
}

export function draftsOf(project: string): SectionDraft[] {
  return Object.values(read()[project] ?? {});
}

export function draftOf(project: string, id: string): SectionDraft | null {
  return read()[project]?.[id] ?? null;
}

/** Forgets the drafts of the given sections of a project, or all of them. */
export function forgetDrafts(project: string, ids?: readonly string[]): void {
  const all = read();
  const mine = all[project];
  if (!mine) return;
  if (ids) for (const id of ids) delete mine[id];
  if (!ids || Object.keys(mine).length === 0) delete all[project];
  write(all);
}
