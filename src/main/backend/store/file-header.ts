// Byte-level checks of a would-be project file, done before SQLite parses anything.
// Everything here works on the first 100 bytes and the file size only.
import { APPLICATION_ID } from './schema';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');
/** First bytes of a rollback journal (sqlite3 pager.c `aJournalMagic`). */
export const JOURNAL_MAGIC = Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]);
export const HEADER_SIZE = 100;

export interface HeaderFacts {
  pageSize: number;
  /** Pages the header says the file holds, or null when that field is not valid (older writers). */
  pageCount: number | null;
  /** The file was last written in WAL mode (header bytes 18/19 = 2). */
  walMode: boolean;
}

/** Why a file is not a project, in words that finish the sentence `"x.pwb" ...`. */
export type HeaderVerdict = { ok: true; facts: HeaderFacts } | { ok: false; reason: string };

export const TRUNCATED = 'is damaged: it is shorter than its header says (truncated)';

/**
 * Checks magic, header sanity and the application id. With `checkSize` false (a
 * crashed file whose journal is still to be replayed) the page count is not compared
 * with the file size, as an interrupted write may legitimately leave them apart.
 */
export function checkHeader(head: Buffer, fileSize: number, checkSize = true): HeaderVerdict {
  if (fileSize === 0) return { ok: false, reason: 'is empty — not a project' };
  const magicLen = Math.min(head.length, SQLITE_MAGIC.length);
  if (!head.subarray(0, magicLen).equals(SQLITE_MAGIC.subarray(0, magicLen))) {
    return { ok: false, reason: `is not a Policy Workbench project (${sniffFormat(head)})` };
  }
  if (head.length < HEADER_SIZE) return { ok: false, reason: TRUNCATED };

  const rawPageSize = head.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) {
    return { ok: false, reason: `is damaged: its header is invalid (page size ${rawPageSize})` };
  }
  const writeVersion = head[18];
  const readVersion = head[19];
  if (![1, 2].includes(writeVersion) || ![1, 2].includes(readVersion)) {
    return { ok: false, reason: `is damaged: its header is invalid (file format ${writeVersion}.${readVersion})` };
  }
  if (head[20] !== 0 || head[21] !== 64 || head[22] !== 32 || head[23] !== 32) {
    return { ok: false, reason: 'is damaged: its header is invalid (page layout bytes)' };
  }

  const applicationId = head.readUInt32BE(68);
  if (applicationId !== APPLICATION_ID) {
    const which = applicationId === 0 ? 'no application id' : `application id 0x${applicationId.toString(16).toUpperCase().padStart(8, '0')}`;
    return { ok: false, reason: `is an SQLite database of another program (${which}), not a project` };
  }
  const encoding = head.readUInt32BE(56);
  if (encoding !== 1) return { ok: false, reason: `is damaged: its header is invalid (text encoding ${encoding})` };
  if (!head.subarray(72, 92).every((b) => b === 0)) {
    return { ok: false, reason: 'is damaged: its header is invalid (reserved bytes are not zero)' };
  }

  // The in-header page count is valid only when the change counter (24) equals the
  // "version valid for" number (92); SQLite itself falls back to the file size otherwise.
  const headerCountValid = head.readUInt32BE(24) === head.readUInt32BE(92);
  const pageCount = headerCountValid ? head.readUInt32BE(28) : null;
  if (checkSize) {
    if (fileSize < pageSize || fileSize % pageSize !== 0) return { ok: false, reason: TRUNCATED };
    if (pageCount !== null && (pageCount === 0 || fileSize < pageCount * pageSize)) return { ok: false, reason: TRUNCATED };
  }
  return { ok: true, facts: { pageSize, pageCount, walMode: writeVersion === 2 || readVersion === 2 } };
}

/** A guess at what a non-database file is, for the message. */
export function sniffFormat(head: Buffer): string {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  const ascii = (s: string) => head.subarray(0, s.length).toString('latin1') === s;
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'it looks like a PNG image';
  if (starts(0xff, 0xd8, 0xff)) return 'it looks like a JPEG image';
  if (ascii('GIF87a') || ascii('GIF89a')) return 'it looks like a GIF image';
  if (ascii('%PDF-')) return 'it looks like a PDF document';
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return 'it looks like a ZIP archive or an Office document';
  if (starts(0x1f, 0x8b)) return 'it looks like a gzip archive';
  if (starts(...JOURNAL_MAGIC)) return 'it looks like an SQLite journal, not the database itself';
  if (looksLikeText(head)) return 'it looks like a text file';
  return 'it is not a database file';
}

function looksLikeText(head: Buffer): boolean {
  let text = head.toString('utf8');
  if (text.includes('\uFFFD')) {
    // The read may have cut a multi-byte character at the end; forgive only that.
    text = head.subarray(0, Math.max(0, head.length - 3)).toString('utf8');
    if (text.includes('\uFFFD')) return false;
  }
  // Control characters other than tab, line ends and form feed mean binary.
  return text.length > 0 && ![...text].some((c) => {
    const n = c.charCodeAt(0);
    return (n < 0x20 && n !== 0x09 && n !== 0x0a && n !== 0x0c && n !== 0x0d) || n === 0x7f;
  });
}
