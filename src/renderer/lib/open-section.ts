// Which section was open in each project, so a reload (or reopening the project) lands
// where the person was. Per machine, like the other UI memories; a few dozen projects kept.
import { recall, remember } from './remembered';

const KEY = 'open-section';
const KEPT = 30;

/** Project path → section id, most recent first. */
export type OpenSections = [path: string, id: string][];

export function parseOpenSections(stored: string): OpenSections {
  try {
    const list: unknown = JSON.parse(stored);
    if (!Array.isArray(list)) return [];
    return list.filter((e): e is [string, string] => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && typeof e[1] === 'string');
  } catch {
    return [];
  }
}

/** The list after opening `id` in `path`: it moves to the front, the oldest beyond `kept` go. */
export function withOpenSection(list: OpenSections, path: string, id: string, kept = KEPT): OpenSections {
  return [[path, id] as [string, string], ...list.filter(([p]) => p !== path)].slice(0, kept);
}

export function recallOpenSection(projectPath: string): string | null {
  return parseOpenSections(recall(KEY, '[]')).find(([p]) => p === projectPath)?.[1] ?? null;
}

export function rememberOpenSection(projectPath: string, id: string): void {
  const list = parseOpenSections(recall(KEY, '[]'));
  if (list[0]?.[0] === projectPath && list[0][1] === id) return;
  remember(KEY, JSON.stringify(withOpenSection(list, projectPath, id)));
}
