// Links into the public decisions database are fully determined by a decision's
// title and its meeting's start instant (see docs/report-format: "The decision links").

export const DECISIONS_BASE = 'https://beslissingenvlaamseregering.vlaanderen.be/';

/** `encodeURIComponent`, plus `! ' ( ) *`, with `/` left as it is — the database's own encoding. */
export function encodeLinkComponent(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
    .replace(/%2F/g, '/');
}

/** Builds the link for a decision from its title and meeting start (`YYYY-MM-DDTHH:MM:SSZ`). */
export function buildDecisionLink(title: string, meetingStart: string): string {
  const start = encodeLinkComponent(meetingStart);
  return `${DECISIONS_BASE}?search=${encodeLinkComponent(title)}&dateOption=select&startDate=${start}&endDate=${start}`;
}

export interface DecisionLinkParts {
  title: string;
  meetingStart: string;
  /** Differs from `meetingStart` only in a damaged link. */
  meetingEnd: string;
}

const LINK_SHAPE = /^https:\/\/beslissingenvlaamseregering\.vlaanderen\.be\/\?search=([^&]*)&dateOption=select&startDate=([^&]*)&endDate=([^&]*)$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z$/;

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Reads title and meeting start back out of a decision link; null when it is not one. */
export function parseDecisionLink(url: string): DecisionLinkParts | null {
  const m = LINK_SHAPE.exec(url);
  if (!m) return null;
  const title = decode(m[1]);
  const meetingStart = decode(m[2]);
  const meetingEnd = decode(m[3]);
  if (title === null || meetingStart === null || meetingEnd === null) return null;
  return { title, meetingStart, meetingEnd };
}

/** The `YYYY-MM-DD` date part of a meeting start instant, or null when it is not an instant. */
export function meetingDate(meetingStart: string): string | null {
  const m = INSTANT.exec(meetingStart);
  return m ? m[1] : null;
}

export type LinkProblem =
  | { kind: 'not-a-decision-link' }
  | { kind: 'title'; linkTitle: string }
  | { kind: 'date'; linkDate: string }
  | { kind: 'bad-start'; meetingStart: string }
  | { kind: 'start-end'; meetingStart: string; meetingEnd: string }
  | { kind: 'encoding'; expected: string };

/**
 * Checks a stored link against its reference's title and date. Links to other sites
 * are `not-a-decision-link` (the caller decides whether that matters). An empty list
 * means the link is exactly the one the title and date call for.
 */
export function checkDecisionLink(ref: { title: string; date: string; url?: string }): LinkProblem[] {
  if (!ref.url) return [];
  const parts = parseDecisionLink(ref.url);
  if (!parts) return [{ kind: 'not-a-decision-link' }];
  const problems: LinkProblem[] = [];
  if (parts.title !== ref.title) problems.push({ kind: 'title', linkTitle: parts.title });
  const date = meetingDate(parts.meetingStart);
  if (date === null) problems.push({ kind: 'bad-start', meetingStart: parts.meetingStart });
  else if (date !== ref.date) problems.push({ kind: 'date', linkDate: date });
  if (parts.meetingEnd !== parts.meetingStart) {
    problems.push({ kind: 'start-end', meetingStart: parts.meetingStart, meetingEnd: parts.meetingEnd });
  }
  if (problems.length === 0) {
    const expected = buildDecisionLink(parts.title, parts.meetingStart);
    if (expected !== ref.url) problems.push({ kind: 'encoding', expected });
  }
  return problems;
}
