// The content rules: what a well-formed value of each field is (lengths, counts, names,
// path segments), stated once. The API contract (src/shared/api/*) builds its argument
// schemas from these, `dispatch` checks every call with them, and every other door that
// lets content in (import, merge, restore, open) can check the same rules with the same
// schemas. Pure: zod only.
import { z } from 'zod';
import { unsafeNameReason } from './file-name-rules';
import { LIMITS } from './limits';
import { ISO_DATE } from './project-info-rules';

export { LIMITS };

export const filePath = z.string().min(1, 'must not be empty').max(LIMITS.filePath);
export const isoDate = z.string().regex(ISO_DATE, 'must be a date like 2024-05-31');
export const sectionId = z.string().min(1, 'must not be empty').max(LIMITS.sectionId);
/** A name a person types (project, author): trimmed text that is not empty. */
export const personName = z.string().trim().min(1, 'must not be empty').max(LIMITS.name);

/**
 * A folder or file name inside the project tree. Slashes would make paths ambiguous
 * (`a/b` as one folder or two), and `.`/`..` or control characters cannot be exported.
 */
export const pathSegment = z
  .string()
  .min(1, 'must not be empty')
  .max(LIMITS.name)
  // eslint-disable-next-line no-control-regex
  .refine((s) => !/[/\\\u0000-\u001f\u007f]/.test(s), 'must not contain slashes or control characters')
  .refine((s) => s !== '.' && s !== '..', 'must not be "." or ".."')
  .refine((s) => s.trim() === s, 'must not start or end with spaces')
  // And what every export can write as a file name, on every system (Windows is the strictest).
  .superRefine((s, ctx) => {
    // eslint-disable-next-line no-control-regex
    if (/[/\\\u0000-\u001f\u007f]/.test(s) || s === '.' || s === '..' || s.trim() !== s || s.length === 0) return;
    const reason = unsafeNameReason(s);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  });

/** The folders above a section, outermost first. */
export const treePath = z.array(pathSegment).max(LIMITS.treeDepth);

/** A file extension without the dot (`md`), or `*`. */
export const fileExtension = z.string().regex(/^(\*|[A-Za-z0-9_-]{1,20})$/, 'must be an extension without the dot, e.g. "md"');

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
