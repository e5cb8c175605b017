// Export file paths come from folder and section names people typed. Refusing a bad name
// (rather than silently rewriting it) keeps two sections from landing on one file and lets
// the caller say exactly which name to fix. Which names are safe is a content rule
// (src/shared/file-name-rules.ts): the app takes no name it could not export.
import { unsafeNameReason } from '../../shared/file-name-rules';

export { unsafeNameReason };

export type FileSegmentsResult =
  | { ok: true; segments: string[] }
  | { ok: false; message: string; /** The offending folder or section name. */ segment: string };

/**
 * The relative file path of a section in an export, one entry per folder plus the file:
 * `{ path: ["Brussel"], name: "Media" }` -> `["Brussel", "Media.html"]`.
 */
export function sectionFileSegments(section: { path: readonly string[]; name: string }, ext: 'md' | 'html'): FileSegmentsResult {
  for (const folder of section.path) {
    const reason = unsafeNameReason(folder);
    if (reason) return { ok: false, message: `Folder name "${folder}" ${reason}.`, segment: folder };
  }
  const reason = unsafeNameReason(section.name);
  if (reason) return { ok: false, message: `Section name "${section.name}" ${reason}.`, segment: section.name };
  return { ok: true, segments: [...section.path, `${section.name}.${ext}`] };
}

/** The URL (relative to the export root) of a section's HTML page, each segment percent-encoded. */
export function sectionHtmlHref(section: { path: readonly string[]; name: string }): string | null {
  const r = sectionFileSegments(section, 'html');
  return r.ok ? r.segments.map(encodeURIComponent).join('/') : null;
}

/** From a section's page back to the export root's `index.html`. */
export function indexHrefFor(section: { path: readonly string[] }): string {
  return `${'../'.repeat(section.path.length)}index.html`;
}
