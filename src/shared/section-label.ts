// How a section is named to a person — in the workbench, the CLI, messages and exports:
// its folders and name joined by "/", the same as its file in a published report tree
// without ".md". Tree names cannot contain "/" (content-rules.ts), so a label reads
// back into exactly one folder path and name (`pwb check --section <label>`).

export const LABEL_SEPARATOR = '/';

export interface Located {
  path: readonly string[];
  name: string;
}

/** `Bestuurzaken/Concrete voorstellen/ICT en Informatie`. */
export function sectionLabel(s: Located): string {
  return [...s.path, s.name].join(LABEL_SEPARATOR);
}

/** The folders above a section, `Bestuurzaken/Concrete voorstellen` (empty at the top). */
export function folderLabel(path: readonly string[]): string {
  return path.join(LABEL_SEPARATOR);
}

/**
 * Reads a label a person typed back into folders and name: separators at the ends and
 * spaces around them are ignored (`/Brussel / Vlaamse feestdag/`), a trailing `.md` is not
 * (the caller decides whether a file name is meant).
 */
export function parseSectionLabel(label: string): { path: string[]; name: string } {
  const parts = label
    .split(LABEL_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const name = parts.pop() ?? '';
  return { path: parts, name };
}

/** A key that two sections share exactly when they are at the same place (for maps and sets). */
export function placeKey(s: Located): string {
  return JSON.stringify([...s.path, s.name]);
}
