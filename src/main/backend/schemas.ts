// Argument schemas for every API method. Transports hand the backend untrusted JSON;
// `dispatch` parses it here first, so a handler only ever sees well-formed arguments.
// The `satisfies` below makes a missing or extra method, or a schema that drifts
// from the contract in src/shared/api, a compile error.
import { z } from 'zod';
import type { ArgsOf, Method } from '../../shared/api';
import type { Verdict, WorkflowStatus } from '../../shared/models';
import { LANGUAGES } from '../../shared/languages';

const MAX_PATH = 4096;
const MAX_NAME = 200;
const MAX_DEPTH = 32;

const verdicts = ['not-rated', 'not-started', 'in-progress', 'partially-kept', 'kept', 'broken'] as const satisfies readonly Verdict[];
const statuses = ['draft', 'in-review', 'final'] as const satisfies readonly WorkflowStatus[];

const empty = z.strictObject({});
const filePath = z.string().min(1, 'must not be empty').max(MAX_PATH);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2024-05-31');
const sectionId = z.string().min(1, 'must not be empty').max(100);

/**
 * A folder or file name inside the project tree. Slashes would make paths ambiguous
 * (`a/b` as one folder or two), and `.`/`..` or control characters cannot be exported.
 */
const segment = z
  .string()
  .min(1, 'must not be empty')
  .max(MAX_NAME)
  // eslint-disable-next-line no-control-regex
  .refine((s) => !/[/\\\u0000-\u001f\u007f]/.test(s), 'must not contain slashes or control characters')
  .refine((s) => s !== '.' && s !== '..', 'must not be "." or ".."')
  .refine((s) => s.trim() === s, 'must not start or end with spaces');

const dialogOptions = z.strictObject({ title: z.string().max(MAX_NAME).optional(), defaultPath: z.string().max(MAX_PATH).optional() });

const treePath = z.array(segment).max(MAX_DEPTH);

const reference = z.strictObject({
  number: z.number().int().min(0).max(1_000_000),
  date: z.string().max(40),
  meetingStart: z.string().max(40).optional(),
  title: z.string().max(5_000),
  url: z.string().max(10_000).optional(),
});

const sectionPatch = z.strictObject({
  heading: z.string().max(1_000).optional(),
  agreement: z.string().max(200_000).optional(),
  body: z.string().max(2_000_000).optional(),
  references: z.array(reference).max(10_000).optional(),
  verdict: z.enum(verdicts).optional(),
  verdictNote: z.string().max(10_000).optional(),
  status: z.enum(statuses).optional(),
  path: treePath.optional(),
  name: segment.optional(),
});

export const argSchemas = {
  'app.status': empty,
  'settings.set': z.strictObject({
    authorName: z.string().max(MAX_NAME).optional(),
    exportDir: filePath.nullable().optional(),
    language: z.enum(LANGUAGES).optional(),
  }),

  'project.open': z.strictObject({ path: filePath, readOnly: z.boolean().optional() }),
  'project.create': z.strictObject({
    path: filePath,
    name: z.string().trim().min(1, 'must not be empty').max(MAX_NAME),
    government: z.string().max(MAX_NAME).optional(),
    termStart: isoDate.nullable().optional(),
    termEnd: isoDate.nullable().optional(),
  }),
  'project.openDemo': empty,
  'project.close': empty,
  'project.update': z.strictObject({
    name: z.string().trim().min(1, 'must not be empty').max(MAX_NAME).optional(),
    government: z.string().max(MAX_NAME).optional(),
    termStart: isoDate.nullable().optional(),
    termEnd: isoDate.nullable().optional(),
  }),
  'project.saveCopy': z.strictObject({ path: filePath }),

  'sections.tree': empty,
  'sections.get': z.strictObject({ id: sectionId }),
  'sections.create': z.strictObject({ path: treePath, name: segment, heading: z.string().max(1_000).optional() }),
  'sections.save': z.strictObject({
    id: sectionId,
    patch: sectionPatch,
    baseRevision: z.number().int().min(0).optional(),
  }),
  'sections.delete': z.strictObject({ id: sectionId }),
  'sections.check': z.strictObject({ id: sectionId }),

  'import.reports': z.strictObject({ paths: z.array(filePath).min(1, 'must name at least one file or folder').max(10_000) }),
  'import.decisions': z.strictObject({ path: filePath }),
  'export.run': z.strictObject({
    format: z.enum(['md', 'html']),
    outDir: filePath,
    sectionId: sectionId.optional(),
  }),

  'decisions.search': z.strictObject({
    query: z.string().max(1_000),
    from: isoDate.optional(),
    to: isoDate.optional(),
    limit: z.number().int().min(1).max(500).optional(),
    offset: z.number().int().min(0).max(1_000_000).optional(),
  }),
  'decisions.get': z.strictObject({ key: z.number().int().min(1) }),
  'decisions.byUrl': z.strictObject({ urls: z.array(z.string().max(10_000)).max(5_000) }),

  'history.list': z.strictObject({ sectionId }),
  'history.get': z.strictObject({ id: z.number().int().min(1) }),
  'history.restore': z.strictObject({ id: z.number().int().min(1) }),

  'dashboard.get': empty,

  'dialogs.openProject': dialogOptions,
  'dialogs.saveProject': dialogOptions,
  'dialogs.pickFolder': dialogOptions,
  'dialogs.pickFiles': dialogOptions.extend({
    filters: z
      .array(z.strictObject({ name: z.string().max(MAX_NAME), extensions: z.array(z.string().regex(/^[A-Za-z0-9*]{1,16}$/, 'must be an extension without the dot')).max(20) }))
      .max(20)
      .optional(),
    multiple: z.boolean().optional(),
  }),

  'merge.preview': z.strictObject({ theirsPath: filePath }),
  'merge.apply': z.strictObject({
    theirsPath: filePath,
    resolutions: z
      .array(
        z.union([
          z.strictObject({ sectionId, conflictId: z.string().min(1).max(200), choice: z.enum(['mine', 'theirs']) }),
          z.strictObject({ sectionId, conflictId: z.string().min(1).max(200), text: z.string().max(2_000_000) }),
        ]),
      )
      .max(100_000),
    planId: z.string().max(200).optional(),
    prefer: z.enum(['mine', 'theirs']).optional(),
    dryRun: z.boolean().optional(),
  }),
} satisfies { [M in Method]: z.ZodType<ArgsOf<M>> };

// `satisfies` above catches a missing method and a schema whose output does not fit the
// contract; this catches the other direction too (a field the contract has and the
// schema forgot, which a strict object would then refuse at run time).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type SameShape<A, B> = Same<A, B> extends true ? Same<keyof A, keyof B> : false;
type Drifted = { [M in Method]: SameShape<z.output<(typeof argSchemas)[M]>, ArgsOf<M>> extends true ? never : M }[Method];
export const schemasMatchContract: [Drifted] extends [never] ? true : { drifted: Drifted } = true;

/** Turns zod issues into one line a person can act on: `patch.references[0].date: expected string`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const where = formatPath(issue.path);
      return where ? `${where}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}
