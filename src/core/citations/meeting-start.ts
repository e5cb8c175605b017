// Which meeting start a rebuilt link uses. The start time is data, never a guess, so it
// comes from the entry's own meetingStart or its existing link when either is known; only
// when neither is does it fall back to the usual 10:00 Brussels time.

import type { Reference } from '../../shared/models';
import { brusselsToUtc, meetingDate, parseDecisionLink } from '../links/decision-link';

const INSTANT_PARTS = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/;

/**
 * The meeting start for `ref` on the entry's own date. A known start on another date keeps
 * its Brussels wall-clock time, moved to the entry's date (summer time applied afresh).
 */
export function meetingStartFor(ref: Reference): string {
  const known = [ref.meetingStart, ref.url ? parseDecisionLink(ref.url)?.meetingStart : undefined].find(
    (s): s is string => typeof s === 'string' && meetingDate(s) !== null,
  );
  if (known === undefined) return brusselsToUtc(ref.date);
  if (meetingDate(known) === ref.date) return canonicalInstant(known);
  return brusselsToUtc(ref.date, brusselsWallTime(known));
}

/** `HH:MM` in Brussels for a UTC instant. */
export function brusselsWallTime(instant: string): string {
  const m = INSTANT_PARTS.exec(instant);
  if (!m) return '10:00';
  const utc = Date.UTC(Number(m[1].slice(0, 4)), Number(m[1].slice(5, 7)) - 1, Number(m[1].slice(8, 10)), Number(m[2]), Number(m[3]));
  for (const offsetHours of [2, 1]) {
    const local = new Date(utc + offsetHours * 3_600_000).toISOString();
    const time = local.slice(11, 16);
    if (Date.parse(brusselsToUtc(local.slice(0, 10), time)) === utc) return time;
  }
  return new Date(utc + 3_600_000).toISOString().slice(11, 16);
}

/** `2020-11-27T09:00:00Z` — the form links use — from any instant `meetingDate` accepts. */
function canonicalInstant(instant: string): string {
  const t = Date.parse(instant);
  return Number.isNaN(t) ? instant : new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
