// The project details form, checked with the shared rules for project info
// (src/shared/project-info-rules.ts, which `project.update` applies too), named per field
// so the dialog can say in the interface language what is wrong.
import type { EditableProjectInfo } from '../../../shared/models';
import { projectInfoProblems } from '../../../shared/project-info-rules';
import type { ProjectInfoProblem } from '../../../shared/project-info-rules';

/** What the fields hold while a person types: dates as the date inputs give them ('' = unknown). */
export interface ProjectInfoFields {
  name: string;
  government: string;
  termStart: string;
  termEnd: string;
  language: EditableProjectInfo['language'];
}

export type FieldProblem = ProjectInfoProblem;

export type ProjectInfoProblems = Partial<Record<keyof ProjectInfoFields, FieldProblem>>;

export function fieldsOf(info: EditableProjectInfo): ProjectInfoFields {
  return { name: info.name, government: info.government, termStart: info.termStart ?? '', termEnd: info.termEnd ?? '', language: info.language };
}

/** The change to send: only what differs from `current`, texts trimmed; null when the form has problems. */
export function projectInfoPatch(
  fields: ProjectInfoFields,
  current: EditableProjectInfo,
): { patch: Partial<EditableProjectInfo>; problems: null } | { patch: null; problems: ProjectInfoProblems } {
  const next: EditableProjectInfo = {
    name: fields.name.trim(),
    government: fields.government.trim(),
    termStart: fields.termStart || null,
    termEnd: fields.termEnd || null,
    language: fields.language,
  };
  const problems = projectInfoProblems(next);
  if (Object.keys(problems).length > 0) return { patch: null, problems };
  const patch: Partial<EditableProjectInfo> = {};
  for (const key of Object.keys(next) as (keyof EditableProjectInfo)[]) {
    if (next[key] !== current[key]) Object.assign(patch, { [key]: next[key] });
  }
  return { patch, problems: null };
}
