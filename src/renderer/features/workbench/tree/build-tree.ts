import type { SectionSummary } from '../../../../shared/models';
import { foldForSearch, matchesQuery } from '../../../lib/normalize';

/** Where a row sits among its siblings (1-based), for `aria-posinset` / `aria-setsize`. */
interface Position {
  posInSet: number;
  setSize: number;
}

export interface FolderRow extends Position {
  kind: 'folder';
  key: string;
  name: string;
  depth: number;
  expanded: boolean;
  /** Sections below this folder (any depth) that match the filter. */
  count: number;
  problems: { error: number; warning: number };
}

export interface SectionRow extends Position {
  kind: 'section';
  key: string;
  depth: number;
  section: SectionSummary;
}

export type TreeRow = FolderRow | SectionRow;

interface Folder {
  name: string;
  key: string;
  folders: Map<string, Folder>;
  sections: SectionSummary[];
}

const folderKey = (path: readonly string[]) => path.join('\u0000');

function matches(s: SectionSummary, filter: string): boolean {
  return matchesQuery([s.name, s.heading, ...s.path].join(' '), filter);
}

function buildFolders(sections: readonly SectionSummary[], filter: string): Folder {
  const root: Folder = { name: '', key: '', folders: new Map(), sections: [] };
  for (const s of sections) {
    if (!matches(s, filter)) continue;
    let f = root;
    s.path.forEach((part, i) => {
      let child = f.folders.get(part);
      if (!child) {
        child = { name: part, key: folderKey(s.path.slice(0, i + 1)), folders: new Map(), sections: [] };
        f.folders.set(part, child);
      }
      f = child;
    });
    f.sections.push(s);
  }
  return root;
}

function totals(f: Folder): { count: number; error: number; warning: number } {
  let count = f.sections.length;
  let error = 0;
  let warning = 0;
  for (const s of f.sections) {
    error += s.problems.error;
    warning += s.problems.warning;
  }
  for (const child of f.folders.values()) {
    const t = totals(child);
    count += t.count;
    error += t.error;
    warning += t.warning;
  }
  return { count, error, warning };
}

const byName = (a: string, b: string) => a.localeCompare(b, 'nl', { sensitivity: 'base', numeric: true });

/**
 * The rows the tree shows, in order: folders first (by name), then sections (by their
 * order, then name). A collapsed folder hides its rows; with a filter every folder is open.
 */
export function visibleRows(sections: readonly SectionSummary[], filter: string, collapsed: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  const filtering = filter.trim() !== '';
  const walk = (f: Folder, depth: number) => {
    const setSize = f.folders.size + f.sections.length;
    let posInSet = 0;
    for (const child of [...f.folders.values()].sort((a, b) => byName(a.name, b.name))) {
      const t = totals(child);
      const expanded = filtering || !collapsed.has(child.key);
      rows.push({
        kind: 'folder',
        key: child.key,
        name: child.name,
        depth,
        expanded,
        count: t.count,
        problems: { error: t.error, warning: t.warning },
        posInSet: ++posInSet,
        setSize,
      });
      if (expanded) walk(child, depth + 1);
    }
    const sorted = [...f.sections].sort((a, b) => a.order - b.order || byName(a.name, b.name));
    for (const s of sorted) rows.push({ kind: 'section', key: s.id, depth, section: s, posInSet: ++posInSet, setSize });
  };
  walk(buildFolders(sections, filter), 0);
  return rows;
}

/** Keys of every folder that contains the section, so opening it can reveal it. */
export function ancestorKeys(path: readonly string[]): string[] {
  return path.map((_, i) => folderKey(path.slice(0, i + 1)));
}

/** A row's visible name (what type-ahead matches). */
export function rowName(row: TreeRow): string {
  return row.kind === 'folder' ? row.name : row.section.name;
}

/**
 * Type-ahead: the first row after `from` (wrapping round) whose name starts with `prefix`,
 * ignoring case and accents; -1 when none does.
 */
export function findByPrefix(rows: readonly TreeRow[], from: number, prefix: string): number {
  const p = foldForSearch(prefix);
  if (!p) return -1;
  for (let step = 1; step <= rows.length; step++) {
    const i = (from + step + rows.length) % rows.length;
    if (foldForSearch(rowName(rows[i])).startsWith(p)) return i;
  }
  return -1;
}
