// Which meeting start a rebuilt link uses. The start time is data, never a guess, so it
// comes from the entry's own meetingStart or its existing link when either is known; only
// when neither is does it fall back to the usual 10:00 Brussels time.

import type { Reference } from '../../shared/models';
import { meetingDate, parseDecisionLink } from '../links/decision-link';
import { brusselsToUtc, brusselsWallTime } from '../time/brussels';

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

/** `2020-11-27T09:00:00Z` — the form links use — from any instant `meetingDate` accepts. */
function canonicalInstant(instant: string): string {
  const t = Date.parse(instant);
  return Number.isNaN(t) ? instant : new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
