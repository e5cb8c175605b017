// One decision record as the library stores it, from whatever a file held. Shared by
// the JSON Lines and CSV readers so both apply the same rules:
// - a record needs a title or a text; one without a title keeps title '' and its text
//   (the sample's title-less records carry a usable summary; a title made up from the
//   text would look like the database's own title and end up in built links);
// - a missing link is built from title + meeting start when both are known (the link
//   is fully determined by them); a missing meeting start is read back from the link;
// - a missing date is the date part of the meeting start.
import { buildDecisionLink, meetingDate, parseDecisionLink } from '../../../core/links/decision-link';
import { decisionRuleProblem } from '../../../shared/content-checks';
import { LIMITS } from '../../../shared/limits';
import type { DecisionRecord } from '../store/types';

export interface RawDecision {
  id?: string | null;
  date?: string | null;
  meetingStart?: string | null;
  title?: string | null;
  url?: string | null;
  text?: string | null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?Z$/;

export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** `2020-11-27T09:00Z` or with seconds/fraction -> `2020-11-27T09:00:00Z`; null when it is not a UTC instant. */
export function normalizeInstant(value: string): string | null {
  const m = INSTANT.exec(value);
  if (!m || !isCalendarDate(m[1]) || Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) return null;
  return `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}Z`;
}

const blankToNull = (v: string | null | undefined): string | null => (v === undefined || v === null || v.trim() === '' ? null : v);

/** A record ready for the store, or the reason it cannot be one. */
export function normalizeDecision(raw: RawDecision): DecisionRecord | { problem: string } {
  const title = raw.title ?? '';
  const text = raw.text ?? '';
  if (title.trim() === '' && text.trim() === '') return { problem: 'has neither a title nor a text' };
  if (title.length > LIMITS.decisionTitle) return { problem: `title is longer than ${LIMITS.decisionTitle} characters` };
  if (text.length > LIMITS.decisionText) return { problem: `text is longer than ${LIMITS.decisionText} characters` };

  const id = blankToNull(raw.id)?.trim() ?? null;
  if (id !== null && id.length > LIMITS.decisionId) return { problem: `id is longer than ${LIMITS.decisionId} characters` };

  let meetingStart: string | null = null;
  const rawStart = blankToNull(raw.meetingStart);
  if (rawStart !== null) {
    meetingStart = normalizeInstant(rawStart.trim());
    if (!meetingStart) return { problem: `meeting start "${rawStart}" is not a UTC instant like 2020-11-27T09:00:00Z` };
  }

  let url = blankToNull(raw.url)?.trim() ?? null;
  if (url !== null && url.length > LIMITS.url) return { problem: `link is longer than ${LIMITS.url} characters` };
  if (url === null && meetingStart !== null && title.trim() !== '') url = buildDecisionLink(title, meetingStart);
  if (url !== null && meetingStart === null) {
    const parts = parseDecisionLink(url);
    if (parts) meetingStart = normalizeInstant(parts.meetingStart);
  }

  let date = blankToNull(raw.date)?.trim() ?? null;
  if (date !== null && !isCalendarDate(date)) return { problem: `date "${date}" is not a date like 2024-05-31` };
  if (date === null && meetingStart !== null) date = meetingDate(meetingStart);

  const record = { id, date, meetingStart, title, url, text };
  // Whatever the file held, what reaches the library keeps the library's rules.
  const problem = decisionRuleProblem(record);
  return problem ? { problem: `breaks a content rule: ${problem}` } : record;
}
