// Sections between their JS shape and their rows, plus what a revision records about
// them: the canonical content hash and the words for what changed.
import crypto from 'node:crypto';
import type { Reference, Section, Verdict, WorkflowStatus } from '../../../shared/models';
import { VERDICTS, WORKFLOW_STATUSES } from '../../../shared/models';
import { AppException } from '../errors';
import type { StoreSectionPatch } from './types';

export interface SectionRow {
  id: string;
  path: string;
  name: string;
  sort_order: number;
  heading: string;
  agreement: string;
  body: string;
  verdict: string;
  verdict_note: string;
  status: string;
  agreement_checksum: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface RefRow {
  section_id: string;
  position: number;
  number: number;
  date: string;
  meeting_start: string | null;
  title: string;
  url: string | null;
}

/**
 * A section's content: what the hash covers and a save can change. Merge relies on
 * equal hashes meaning equal content (these are the fields of its SectionContent).
 */
const CONTENT_FIELDS = ['heading', 'agreement', 'agreementChecksum', 'body', 'references', 'verdict', 'verdictNote', 'status', 'path', 'name', 'order'] as const;
type ContentField = (typeof CONTENT_FIELDS)[number];
const FIELD_WORDS: Record<ContentField, string> = {
  heading: 'heading',
  agreement: 'agreement',
  agreementChecksum: 'agreement checksum',
  body: 'body',
  references: 'references',
  verdict: 'verdict',
  verdictNote: 'verdict note',
  status: 'status',
  path: 'folder',
  name: 'name',
  order: 'order',
};

export function refFromRow(r: RefRow): Reference {
  const ref: Reference = { number: r.number, date: r.date, title: r.title };
  if (r.meeting_start !== null) ref.meetingStart = r.meeting_start;
  if (r.url !== null) ref.url = r.url;
  return ref;
}

export function sectionFromRow(row: SectionRow, references: Reference[]): Section {
  return {
    id: row.id,
    path: parsePath(row.path, row.id),
    name: row.name,
    order: row.sort_order,
    heading: row.heading,
    agreement: row.agreement,
    body: row.body,
    references,
    verdict: row.verdict as Verdict,
    verdictNote: row.verdict_note,
    status: row.status as WorkflowStatus,
    agreementChecksum: row.agreement_checksum,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

function parsePath(text: string, id: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = null;
  }
  if (!Array.isArray(value) || !value.every((p) => typeof p === 'string')) {
    throw new AppException('bad-file', `The folder of section ${id} is damaged in this project`);
  }
  return value;
}

/** The canonical text of a path, as stored and as matched by the unique (path, name) index. */
export function pathKey(path: string[]): string {
  return JSON.stringify(path);
}

/**
 * JSON with keys sorted and undefined left out, so equal content always gives equal text.
 * Built by concatenation: it runs over every reference of every saved section.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += value[i] === undefined ? 'null' : canonicalJson(value[i]);
    }
    return out + ']';
  }
  const obj = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(obj).sort()) {
    const v = obj[key];
    if (v === undefined) continue;
    if (out.length > 1) out += ',';
    out += JSON.stringify(key) + ':' + canonicalJson(v);
  }
  return out + '}';
}

/** SHA-256 (hex) of the canonical JSON of a section's content fields. */
export function contentHash(s: Section): string {
  const content: Record<string, unknown> = {};
  for (const f of CONTENT_FIELDS) content[f] = s[f];
  return crypto.createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** The content fields a patch really changes (in a fixed order), for the revision summary. */
export function changedFields(current: Section, patch: StoreSectionPatch): ContentField[] {
  return CONTENT_FIELDS.filter((f) => {
    const next = patch[f];
    return next !== undefined && canonicalJson(next) !== canonicalJson(current[f]);
  });
}

export function describeChanges(fields: ContentField[]): string {
  return fields.map((f) => FIELD_WORDS[f]).join(', ');
}

// ---- input checks: data arrives from other processes, so types are not a promise -------

const bad = (message: string) => new AppException('bad-request', message);

export function checkReferences(refs: unknown, label = 'references'): Reference[] {
  if (!Array.isArray(refs)) throw bad(`${label} must be a list`);
  return refs.map((r: unknown, i) => {
    const ref = r as Partial<Reference> | null;
    const at = `${label}[${i}]`;
    if (!ref || typeof ref !== 'object') throw bad(`${at} must be an object`);
    if (!Number.isSafeInteger(ref.number)) throw bad(`${at}.number must be a whole number`);
    if (typeof ref.date !== 'string') throw bad(`${at}.date must be text`);
    if (typeof ref.title !== 'string') throw bad(`${at}.title must be text`);
    if (ref.meetingStart !== undefined && ref.meetingStart !== null && typeof ref.meetingStart !== 'string') throw bad(`${at}.meetingStart must be text`);
    if (ref.url !== undefined && ref.url !== null && typeof ref.url !== 'string') throw bad(`${at}.url must be text`);
    const out: Reference = { number: ref.number as number, date: ref.date, title: ref.title };
    if (typeof ref.meetingStart === 'string') out.meetingStart = ref.meetingStart;
    if (typeof ref.url === 'string') out.url = ref.url;
    return out;
  });
}

export function checkPath(path: unknown): string[] {
  if (!Array.isArray(path) || !path.every((p) => typeof p === 'string' && p.length > 0)) {
    throw bad('path must be a list of non-empty folder names');
  }
  return [...path];
}

export function checkName(name: unknown): string {
  if (typeof name !== 'string' || name.trim() === '') throw bad('name must be non-empty text');
  return name;
}

export function checkText(value: unknown, field: string): string {
  if (typeof value !== 'string') throw bad(`${field} must be text`);
  return value;
}

export function checkVerdict(value: unknown): Verdict {
  if (!VERDICTS.includes(value as Verdict)) throw bad(`verdict must be one of ${VERDICTS.join(', ')}`);
  return value as Verdict;
}

export function checkStatus(value: unknown): WorkflowStatus {
  if (!WORKFLOW_STATUSES.includes(value as WorkflowStatus)) throw bad(`status must be one of ${WORKFLOW_STATUSES.join(', ')}`);
  return value as WorkflowStatus;
}

/** A patch with every present field checked (unknown keys dropped). */
export function checkPatch(patch: unknown): StoreSectionPatch {
  if (!patch || typeof patch !== 'object') throw bad('the change must be an object');
  const p = patch as Record<string, unknown>;
  const out: StoreSectionPatch = {};
  if (p.heading !== undefined) out.heading = checkText(p.heading, 'heading');
  if (p.agreement !== undefined) out.agreement = checkText(p.agreement, 'agreement');
  if (p.body !== undefined) out.body = checkText(p.body, 'body');
  if (p.references !== undefined) out.references = checkReferences(p.references);
  if (p.verdict !== undefined) out.verdict = checkVerdict(p.verdict);
  if (p.verdictNote !== undefined) out.verdictNote = checkText(p.verdictNote, 'verdictNote');
  if (p.status !== undefined) out.status = checkStatus(p.status);
  if (p.path !== undefined) out.path = checkPath(p.path);
  if (p.name !== undefined) out.name = checkName(p.name);
  if (p.order !== undefined) {
    if (!Number.isSafeInteger(p.order)) throw bad('order must be a whole number');
    out.order = p.order as number;
  }
  if (p.agreementChecksum !== undefined) out.agreementChecksum = p.agreementChecksum === null ? null : checkText(p.agreementChecksum, 'agreementChecksum');
  return out;
}

/** A snapshot read back from a revision row; a damaged one is reported, never handed on. */
export function sectionFromSnapshot(text: string, revisionId: number): Section {
  const damaged = () => new AppException('bad-file', `Revision ${revisionId} is damaged in this project`);
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw damaged();
  }
  if (!v || typeof v !== 'object') throw damaged();
  const str = (k: string) => {
    if (typeof v[k] !== 'string') throw damaged();
    return v[k] as string;
  };
  const int = (k: string) => {
    if (!Number.isSafeInteger(v[k])) throw damaged();
    return v[k] as number;
  };
  try {
    const checksum = v.agreementChecksum;
    if (checksum !== null && typeof checksum !== 'string') throw damaged();
    return {
      id: str('id'),
      path: checkPath(v.path),
      name: str('name'),
      order: int('order'),
      heading: str('heading'),
      agreement: str('agreement'),
      body: str('body'),
      references: checkReferences(v.references),
      verdict: checkVerdict(v.verdict),
      verdictNote: str('verdictNote'),
      status: checkStatus(v.status),
      agreementChecksum: checksum,
      createdAt: str('createdAt'),
      updatedAt: str('updatedAt'),
      revision: int('revision'),
    };
  } catch (err) {
    if (err instanceof AppException && err.code === 'bad-request') throw damaged();
    throw err;
  }
}
