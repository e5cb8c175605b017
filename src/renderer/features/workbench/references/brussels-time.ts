import { parseDecisionLink } from '../../../../core/links/decision-link';

/** The meeting start a reference knows: its own field, else the one in its link. */
export function knownMeetingStart(ref: { meetingStart?: string; url?: string }): string | null {
  if (ref.meetingStart) return ref.meetingStart;
  const parts = ref.url ? parseDecisionLink(ref.url) : null;
  return parts?.meetingStart ?? null;
}

export const VALID_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const VALID_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
