// What a project may hold as a whole (LIMITS, src/shared/limits.ts): how many sections,
// references, decisions and revisions, and how many bytes. Every write keeps within
// them (so my project never becomes one the app refuses to open), and a file made
// elsewhere is measured against them before any of it is loaded. The measures are SQL
// over record headers — counts and octet_length(), which SQLite answers without
// reading the values — so a hostile file of gigabytes costs seconds, not gigabytes.
import { LIMITS } from '../../../shared/limits';
import { exportPlaceKey, takesIndexPage } from '../../../shared/file-name-rules';
import { sectionLabel } from '../../../shared/section-label';
import { AppException } from '../errors';
import type { Statements } from './statements';

export interface LimitCheck {
  /** One number, `v`. */
  sql: string;
  limit: number;
  /** How to say what was found, for a person: `has {found} sections (at most {limit})`. */
  says: (found: number, limit: number) => string;
}

/** UTF-8 needs at most four bytes a character: byte bounds for character limits. */
const bytes = (characters: number) => characters * 4;
const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const longest = (table: string, column: string) => `SELECT coalesce(max(octet_length(${column})), 0) AS v FROM ${table}`;

const SECTION_TEXT = 'octet_length(path) + octet_length(name) + octet_length(heading) + octet_length(agreement) + octet_length(body) + octet_length(verdict_note)';
const REF_TEXT = 'octet_length(date) + octet_length(title) + coalesce(octet_length(meeting_start), 0) + coalesce(octet_length(url), 0)';
const PROJECT_TEXT = `SELECT (SELECT coalesce(sum(${SECTION_TEXT}), 0) FROM sections) + (SELECT coalesce(sum(${REF_TEXT}), 0) FROM refs) AS v`;
const LIBRARY_TEXT = 'SELECT coalesce(sum(octet_length(title) + octet_length(text)), 0) AS v FROM decisions';

const field = (table: string, column: string, what: string, characters: number): LimitCheck => ({
  sql: longest(table, column),
  limit: bytes(characters),
  says: (found) => `has ${what} of ${found.toLocaleString('en')} bytes (at most ${characters.toLocaleString('en')} characters are allowed)`,
});

/** Counted as a project grows: checked after every write of sections or decisions. */
export const SECTION_TOTALS: LimitCheck[] = [
  { sql: 'SELECT count(*) AS v FROM sections', limit: LIMITS.sections, says: (n, l) => `would hold ${n} sections (a project holds at most ${l})` },
  { sql: 'SELECT count(*) AS v FROM refs', limit: LIMITS.projectReferences, says: (n, l) => `would hold ${n} references (a project holds at most ${l})` },
  { sql: PROJECT_TEXT, limit: LIMITS.projectTextBytes, says: (n, l) => `would hold ${MB(n)} of section text (a project holds at most ${MB(l)})` },
];

export const LIBRARY_TOTALS: LimitCheck[] = [
  { sql: 'SELECT count(*) AS v FROM decisions', limit: LIMITS.decisions, says: (n, l) => `would hold ${n} decisions (a library holds at most ${l})` },
  { sql: LIBRARY_TEXT, limit: LIMITS.libraryTextBytes, says: (n, l) => `would hold ${MB(n)} of decision text (a library holds at most ${MB(l)})` },
];

/**
 * Everything a file made elsewhere is measured against before it is opened, cheapest
 * first: counts, then the longest value of every column, then the totals. The checker
 * stops at the first one a file breaks.
 */
export const OPEN_CHECKS: LimitCheck[] = [
  { sql: 'SELECT count(*) AS v FROM sections', limit: LIMITS.sections, says: (n, l) => `has ${n} sections (a project holds at most ${l})` },
  { sql: 'SELECT count(*) AS v FROM refs', limit: LIMITS.projectReferences, says: (n, l) => `has ${n} references (a project holds at most ${l})` },
  {
    sql: 'SELECT coalesce(max(n), 0) AS v FROM (SELECT count(*) AS n FROM refs GROUP BY section_id)',
    limit: LIMITS.references,
    says: (n, l) => `has a section with ${n} references (a section holds at most ${l})`,
  },
  { sql: 'SELECT count(*) AS v FROM decisions', limit: LIMITS.decisions, says: (n, l) => `has ${n} decisions (a library holds at most ${l})` },
  { sql: 'SELECT count(*) AS v FROM revisions', limit: LIMITS.revisions, says: (n, l) => `has ${n} revisions (a project holds at most ${l})` },
  field('project', 'name', 'a project name', LIMITS.name),
  field('project', 'government', 'a government', LIMITS.name),
  field('sections', 'id', 'a section id', LIMITS.sectionId),
  field('sections', 'name', 'a section name', LIMITS.name),
  // A path is a JSON list of names: brackets, quotes and commas around each.
  field('sections', 'path', 'a folder path', LIMITS.treeDepth * (LIMITS.name + 3) + 2),
  field('sections', 'heading', 'a heading', LIMITS.heading),
  field('sections', 'agreement', 'an agreement text', LIMITS.agreement),
  field('sections', 'body', 'a body', LIMITS.body),
  field('sections', 'verdict_note', 'a verdict note', LIMITS.verdictNote),
  field('sections', 'agreement_checksum', 'an agreement checksum', 128),
  field('refs', 'title', 'a reference title', LIMITS.referenceTitle),
  field('refs', 'url', 'a reference link', LIMITS.url),
  field('refs', 'date', 'a reference date', LIMITS.referenceDate),
  field('refs', 'meeting_start', 'a reference meeting start', LIMITS.referenceDate),
  field('decisions', 'title', 'a decision title', LIMITS.decisionTitle),
  field('decisions', 'text', 'a decision text', LIMITS.decisionText),
  field('decisions', 'url', 'a decision link', LIMITS.url),
  field('decisions', 'id', 'a decision id', LIMITS.decisionId),
  field('revisions', 'author', 'a revision author', LIMITS.name),
  { sql: longest('revisions', 'snapshot'), limit: LIMITS.sectionBytes, says: (n, l) => `has a saved revision of ${MB(n)} (a section is at most ${MB(l)})` },
  {
    sql: 'SELECT coalesce(max(json_array_length(path)), 0) AS v FROM sections',
    limit: LIMITS.treeDepth,
    says: (n, l) => `has a section ${n} folders deep (at most ${l})`,
  },
  { sql: PROJECT_TEXT, limit: LIMITS.projectTextBytes, says: (n, l) => `has ${MB(n)} of section text (a project holds at most ${MB(l)})` },
  { sql: LIBRARY_TEXT, limit: LIMITS.libraryTextBytes, says: (n, l) => `has ${MB(n)} of decision text (a library holds at most ${MB(l)})` },
];

/** The first check the database breaks, in words, or null. */
export function firstBreach(sql: Statements, checks: readonly LimitCheck[]): string | null {
  for (const check of checks) {
    const found = Number(sql.get<{ v: number }>(check.sql).get()?.v ?? 0);
    if (found > check.limit) return check.says(found, check.limit);
  }
  return null;
}

/** Throws `bad-request` (nothing is kept: the caller's transaction rolls back) when a write took the project past a limit. */
export function assertWithin(sql: Statements, checks: readonly LimitCheck[], subject: string): void {
  const breach = firstBreach(sql, checks);
  if (breach) throw new AppException('bad-request', `Not saved: the ${subject} ${breach}.`);
}

/**
 * The sections in `placed` each get a file of their own in every export: none shares
 * one with another section on a disk that ignores case, and none at the top takes the
 * HTML export's `index`. Checked once per write transaction, over every section's place.
 */
export function assertExportable(sql: Statements, placed: ReadonlySet<string>): void {
  const byKey = new Map<string, { id: string; label: string }>();
  const rows = sql.get<{ id: string; path: string; name: string }>('SELECT id, path, name FROM sections').all();
  const located = rows.map((r) => {
    let path: string[] = [];
    try {
      const parsed: unknown = JSON.parse(r.path);
      if (Array.isArray(parsed)) path = parsed.map(String);
    } catch {
      // A damaged path is the damage check's to report; it takes no place here.
    }
    return { id: r.id, path, name: r.name, label: sectionLabel({ path, name: r.name }) };
  });
  for (const s of located) if (!placed.has(s.id)) byKey.set(exportPlaceKey(s.path, s.name), s);
  for (const s of located) {
    if (!placed.has(s.id)) continue;
    if (takesIndexPage(s.path, s.name)) {
      throw new AppException('bad-request', `Not saved: a section at the top may not be called "${s.name}": the HTML export writes its index page there. Rename it or put it in a folder.`);
    }
    const key = exportPlaceKey(s.path, s.name);
    const other = byKey.get(key);
    if (other && other.id !== s.id) {
      throw new AppException('bad-request', `Not saved: "${s.label}" and "${other.label}" would be one file on a disk that ignores case (Windows, macOS); rename one of them.`);
    }
    byKey.set(key, s);
  }
}
