// Brussels wall-clock time, the time the Flemish Government meets in and the decisions
// database links by. All conversions go through Intl with the IANA zone Europe/Brussels,
// so summer time (and any future change to it) comes from the runtime's time-zone data,
// never from rules written here.

export const BRUSSELS = 'Europe/Brussels';

/** The usual start of a Friday meeting, used when a decision's start time is unknown. */
export const DEFAULT_MEETING_TIME = '10:00';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?Z$/;
const HOUR_MS = 3_600_000;

let wallClock: Intl.DateTimeFormat | null = null;

function wallClockFormat(): Intl.DateTimeFormat {
  wallClock ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: BRUSSELS,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return wallClock;
}

/** The Brussels wall clock at a UTC instant, as the milliseconds of that wall time read as UTC. */
function wallMs(utcMs: number): number {
  const parts: Record<string, number> = {};
  for (const p of wallClockFormat().formatToParts(utcMs)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

// Brussels' offset changes only on whole UTC hours (every change since 1977), so it is
// remembered per hour: an import of thousands of decisions asks about the same hours again.
const offsetByHour = new Map<number, number>();
const OFFSET_CACHE_LIMIT = 50_000;

/** Brussels' offset from UTC at an instant, in milliseconds (CET 3 600 000, CEST 7 200 000). */
export function brusselsOffsetMs(utcMs: number): number {
  const hour = Math.floor(utcMs / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    const at = hour * HOUR_MS;
    offset = wallMs(at) - at;
    if (offsetByHour.size >= OFFSET_CACHE_LIMIT) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/**
 * The UTC instant of a Brussels wall-clock time. Times that happen twice (the autumn hour
 * repeated) take the first; times that do not exist (the spring hour skipped) move forward
 * by the gap — the `compatible` rule of RFC 5545 and Temporal.
 */
export function brusselsWallToUtcMs(date: string, time: string = DEFAULT_MEETING_TIME): number {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) throw new RangeError(`Not a Brussels date and time: "${date}" "${time}"`);
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  // A transition happens at most once in a day: the offsets half a day either side are the
  // only candidates.
  const before = brusselsOffsetMs(wall - 12 * HOUR_MS);
  const after = brusselsOffsetMs(wall + 12 * HOUR_MS);
  for (const offset of before === after ? [before] : [before, after]) {
    if (brusselsOffsetMs(wall - offset) === offset) return wall - offset;
  }
  return wall - before;
}

/** `2020-11-27T09:00:00Z` — the form links use — for a Brussels date and `HH:MM` time. */
export function brusselsToUtc(date: string, time: string = DEFAULT_MEETING_TIME): string {
  return new Date(brusselsWallToUtcMs(date, time)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The Brussels date and `HH:MM` of a UTC instant (`…Z`), or null when it is not one. */
export function utcToBrussels(instant: string): { date: string; time: string } | null {
  if (!INSTANT.test(instant)) return null;
  const ms = Date.parse(instant);
  // Date.parse rolls 30 February over into March; a real instant reads back the same day.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== instant.slice(0, 10)) return null;
  const wall = new Date(wallMs(ms)).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}

/** `HH:MM` in Brussels for a UTC instant; the usual meeting time when it is not one. */
export function brusselsWallTime(instant: string): string {
  return utcToBrussels(instant)?.time ?? DEFAULT_MEETING_TIME;
}

export function isValidTime(time: string): boolean {
  return TIME.test(time);
}
