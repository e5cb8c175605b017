// Decisions as CSV with a header row naming the columns `title`, `date`,
// `meeting start` and `link` (any order, any case; `id` and `text` are read too,
// other columns ignored). A meeting start may be a UTC instant, or a Brussels
// wall-clock time (`10:00`, `2020-11-27 10:00`) that is converted to UTC.
import { brusselsToUtc } from '../../../core/time/brussels';
import { AppException } from '../errors';
import { CsvError, readCsv } from './csv-reader';
import type { ParsedDecisions } from './jsonl';
import { isCalendarDate, normalizeDecision, normalizeInstant } from './normalize';
import type { RawDecision } from './normalize';

type Column = 'title' | 'date' | 'meetingStart' | 'url' | 'id' | 'text';

const HEADER_NAMES: Record<string, Column> = {
  title: 'title',
  titel: 'title',
  date: 'date',
  datum: 'date',
  'meeting start': 'meetingStart',
  meetingstart: 'meetingStart',
  meeting_start: 'meetingStart',
  link: 'url',
  url: 'url',
  id: 'id',
  text: 'text',
  summary: 'text',
};

/** `27/11/2020`, `27-11-2020`, `27.11.2020` -> `2020-11-27`; ISO dates pass through. */
function readDate(value: string): string | null {
  const v = value.trim();
  if (v === '') return null;
  if (isCalendarDate(v)) return v;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  if (m) {
    const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    if (isCalendarDate(iso)) return iso;
  }
  throw new Error(`date "${value}" is not a date like 2024-05-31 or 31/05/2024`);
}

function readMeetingStart(value: string, date: string | null): string | null {
  const v = value.trim();
  if (v === '') return null;
  const instant = normalizeInstant(v);
  if (instant) return instant;
  const time = /^(\d{1,2}):(\d{2})$/.exec(v);
  const local = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}):(\d{2})(?::00)?$/.exec(v);
  let day: string | null = null;
  let hh = '';
  let mm = '';
  if (local) [, day, hh, mm] = local;
  else if (time) {
    if (!date) throw new Error(`meeting start "${value}" is a time of day, but the row has no date`);
    [day, hh, mm] = [date, time[1], time[2]];
  }
  if (day && isCalendarDate(day) && Number(hh) < 24 && Number(mm) < 60) return brusselsToUtc(day, `${hh.padStart(2, '0')}:${mm}`);
  throw new Error(`meeting start "${value}" is neither a UTC instant (2020-11-27T09:00:00Z) nor a Brussels time (10:00)`);
}

export function parseDecisionsCsv(text: string): ParsedDecisions {
  let rows;
  try {
    rows = readCsv(text);
  } catch (err) {
    if (err instanceof CsvError) throw new AppException('bad-file', `line ${err.line}: ${err.message}`, { line: err.line });
    throw err;
  }
  const header = rows.shift();
  if (!header) throw new AppException('bad-file', 'The CSV file is empty; it needs a header row (title, date, meeting start, link).');
  const columns = header.fields.map((h) => HEADER_NAMES[h.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null);
  if (!columns.includes('title')) {
    // Column names are repeated only when the line is recognisably a header of decisions:
    // the first line of a file given by mistake is not the person's to read here.
    const recognised = columns.some((c) => c !== null);
    const found = recognised
      ? `; found ${header.fields.slice(0, 10).map((f) => JSON.stringify(f.length > 40 ? `${f.slice(0, 40)}…` : f)).join(', ')}${header.fields.length > 10 ? ', …' : ''}`
      : '; it names none of these columns, so this is probably not a file of decisions';
    throw new AppException('bad-file', `line ${header.line}: the header needs a "title" column (expected title, date, meeting start, link)${found}`, { line: header.line });
  }

  const out: ParsedDecisions = { records: [], skipped: [] };
  for (const row of rows) {
    if (row.fields.every((f) => f.trim() === '')) continue;
    const raw: Partial<Record<Column, string>> = {};
    columns.forEach((col, i) => {
      if (col && row.fields[i] !== undefined) raw[col] = row.fields[i];
    });
    try {
      const date = readDate(raw.date ?? '');
      const decision: RawDecision = {
        id: raw.id ?? null,
        title: raw.title ?? '',
        text: raw.text ?? null,
        url: raw.url ?? null,
        date,
        meetingStart: readMeetingStart(raw.meetingStart ?? '', date),
      };
      const record = normalizeDecision(decision);
      if ('problem' in record) out.skipped.push({ line: row.line, message: `decision ${record.problem}` });
      else out.records.push({ line: row.line, record });
    } catch (err) {
      out.skipped.push({ line: row.line, message: (err as Error).message });
    }
  }
  return out;
}
