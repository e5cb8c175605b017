// Export file paths come from folder and section names people typed. Refusing a bad name
// (rather than silently rewriting it) keeps two sections from landing on one file and lets
// the caller say exactly which name to fix.

export type FileSegmentsResult =
  | { ok: true; segments: string[] }
  | { ok: false; message: string; /** The offending folder or section name. */ segment: string };

// Windows refuses these characters and the C0 controls (NUL included) in any file name.
const FORBIDDEN_CHARS = /[<>:"/\\|?*]/;

function firstControlChar(s: string): string | null {
  for (const ch of s) if (ch.charCodeAt(0) < 0x20) return ch;
  return null;
}
// Windows reserves these device names, with or without an extension, in any case.
const RESERVED_NAME = /^(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(?:\.|$)/i;
// Most file systems cap a name at 255 bytes; keep a margin for the extension.
const MAX_NAME_BYTES = 240;

const utf8 = new TextEncoder();

function describeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x20 ? `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `"${ch}"`;
}

/** Why a folder or file name (without extension) is unsafe, or null when it is fine. */
export function unsafeNameReason(name: string): string | null {
  if (name.length === 0) return 'is empty';
  if (name.trim().length === 0) return 'is only white space';
  if (name === '.' || name === '..') return 'is not a usable name (it means a folder itself)';
  const bad = firstControlChar(name) ?? FORBIDDEN_CHARS.exec(name)?.[0];
  if (bad) return `contains ${describeChar(bad)}, which cannot appear in a file name`;
  if (RESERVED_NAME.test(name)) return 'is a device name Windows has reserved';
  if (/[. ]$/.test(name)) return 'ends in a dot or a space, which Windows drops';
  if (utf8.encode(name).length > MAX_NAME_BYTES) return `is longer than ${MAX_NAME_BYTES} bytes`;
  return null;
}

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
