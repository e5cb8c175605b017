// Decisions as JSON Lines: one object a line with id/date/meetingStart/title/url/text,
// any of which may be null (the shape of shared/fixtures/decisions). A bad line is
// skipped with its line number; the others still count.
import type { DecisionRecord } from '../store/types';
import { normalizeDecision } from './normalize';
import type { RawDecision } from './normalize';

export interface ParsedDecisions {
  records: { line: number; record: DecisionRecord }[];
  skipped: { line: number; message: string }[];
}

const FIELDS = ['id', 'date', 'meetingStart', 'title', 'url', 'text'] as const;

export function parseDecisionsJsonl(text: string): ParsedDecisions {
  const out: ParsedDecisions = { records: [], skipped: [] };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const source = lines[i].replace(/\r$/, '').replace(/^\uFEFF/, '');
    if (source.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (err) {
      out.skipped.push({ line, message: describeJsonError(err) });
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      out.skipped.push({ line, message: 'expected a JSON object' });
      continue;
    }
    const obj = value as Record<string, unknown>;
    const raw: RawDecision = {};
    let problem: string | null = null;
    for (const field of FIELDS) {
      const v = obj[field];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'string') {
        problem = `"${field}" must be a string or null, not ${Array.isArray(v) ? 'an array' : typeof v}`;
        break;
      }
      raw[field] = v;
    }
    if (problem) {
      out.skipped.push({ line, message: problem });
      continue;
    }
    const record = normalizeDecision(raw);
    if ('problem' in record) out.skipped.push({ line, message: `decision ${record.problem}` });
    else out.records.push({ line, record });
  }
  return out;
}

/**
 * Where a line stops being JSON, without the runtime's quote of the text: a file given
 * by mistake (or through a link) must not have its contents repeated in an error.
 */
export function describeJsonError(err: unknown): string {
  const message = err instanceof Error ? err.message : '';
  const column = /column (\d+)/.exec(message)?.[1];
  if (column) return `not valid JSON (at column ${column})`;
  const position = /position (\d+)/.exec(message)?.[1];
  if (position) return `not valid JSON (at column ${Number(position) + 1})`;
  if (/end of JSON input/i.test(message)) return 'not valid JSON (it ends too early)';
  return /unexpected token/i.test(message) ? 'not valid JSON (a character where none of its kind may be)' : 'not valid JSON';
}
