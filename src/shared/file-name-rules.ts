// What a folder or section name must be so that every export can write it as a file
// name, on every system a colleague may use (Windows is the strictest). Part of the
// content rules (content-rules.ts): a name the app takes is a name it can export.
// Pure: no imports.

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
 * Two sections with the same key would be one file on a disk that ignores case (Windows,
 * macOS): `Brussel/Media` and `brussel/media`.
 */
export function exportPlaceKey(path: readonly string[], name: string): string {
  return [...path, name].join('/').normalize('NFC').toLowerCase();
}

/** The HTML export writes `index.html` at the top: no top-level section may take that name. */
export function takesIndexPage(path: readonly string[], name: string): boolean {
  return path.length === 0 && name.normalize('NFC').toLowerCase() === 'index';
}
