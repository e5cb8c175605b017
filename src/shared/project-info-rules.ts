// The rules for a project's details (name, government, term) without zod, so the renderer's
// project details dialog checks what `project.update` checks (its schema in api/project.ts
// is built from the same pieces) and says which rule a field breaks.
import { LIMITS } from './limits';

/** `YYYY-MM-DD`: how dates are written in the API, the store and the date inputs. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A term ends on or after the day it starts; an unknown end (or start) is in order. */
export function termInOrder(start: string | null | undefined, end: string | null | undefined): boolean {
  return !start || !end || start <= end;
}

export type ProjectInfoProblem = 'empty' | 'too-long' | 'not-a-date' | 'end-before-start';

export interface ProjectInfoValues {
  name: string;
  government: string;
  termStart: string | null;
  termEnd: string | null;
}

/** Which rule each field breaks (none broken: an empty object). */
export function projectInfoProblems(info: ProjectInfoValues): Partial<Record<keyof ProjectInfoValues, ProjectInfoProblem>> {
  const problems: Partial<Record<keyof ProjectInfoValues, ProjectInfoProblem>> = {};
  const name = info.name.trim();
  if (name === '') problems.name = 'empty';
  else if (name.length > LIMITS.name) problems.name = 'too-long';
  if (info.government.length > LIMITS.name) problems.government = 'too-long';
  for (const key of ['termStart', 'termEnd'] as const) {
    const value = info[key];
    if (value !== null && !ISO_DATE.test(value)) problems[key] = 'not-a-date';
  }
  if (!problems.termStart && !problems.termEnd && !termInOrder(info.termStart, info.termEnd)) problems.termEnd = 'end-before-start';
  return problems;
}
