import { brusselsToUtc, parseDecisionLink } from '../../../../core/links/decision-link';

const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?Z$/;

/**
 * The Brussels wall-clock date and time of a UTC meeting start — the inverse of
 * brusselsToUtc, found by trying both offsets Brussels can have.
 */
export function utcToBrussels(meetingStart: string): { date: string; time: string } | null {
  if (!INSTANT.test(meetingStart)) return null;
  const ms = Date.parse(meetingStart);
  if (Number.isNaN(ms)) return null;
  for (const offset of [1, 2]) {
    const local = new Date(ms + offset * 3_600_000).toISOString();
    const date = local.slice(0, 10);
    const time = local.slice(11, 16);
    if (brusselsToUtc(date, time) === meetingStart.replace(/(\d{2}:\d{2}):\d{2}(\.\d+)?Z$/, '$1:00Z')) return { date, time };
  }
  return null;
}

/** The meeting start a reference knows: its own field, else the one in its link. */
export function knownMeetingStart(ref: { meetingStart?: string; url?: string }): string | null {
  if (ref.meetingStart) return ref.meetingStart;
  const parts = ref.url ? parseDecisionLink(ref.url) : null;
  return parts?.meetingStart ?? null;
}

export const VALID_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const VALID_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
