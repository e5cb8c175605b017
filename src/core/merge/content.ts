// The comparable content of a section and equality per merge field.
import type { MergeField, SectionContent } from '../../shared/merge-models';
import { MERGE_FIELDS } from '../../shared/merge-models';
import type { Reference } from '../../shared/models';

/** Picks the merge-relevant fields of a section (or any object holding them), copying arrays. */
export function contentOf(s: SectionContent): SectionContent {
  return {
    path: [...s.path],
    name: s.name,
    order: s.order,
    heading: s.heading,
    agreement: s.agreement,
    agreementChecksum: s.agreementChecksum ?? null,
    body: s.body,
    references: s.references.map(copyReference),
    verdict: s.verdict,
    verdictNote: s.verdictNote,
    status: s.status,
  };
}

/** A reference with only its own fields (no `undefined` keys), so equal references compare equal. */
export function copyReference(r: Reference): Reference {
  const out: Reference = { number: r.number, date: r.date, title: r.title };
  if (r.meetingStart !== undefined) out.meetingStart = r.meetingStart;
  if (r.url !== undefined) out.url = r.url;
  return out;
}

export function sameReference(a: Reference, b: Reference, ignoreNumber = false): boolean {
  return (
    (ignoreNumber || a.number === b.number) &&
    a.date === b.date &&
    (a.meetingStart ?? null) === (b.meetingStart ?? null) &&
    a.title === b.title &&
    (a.url ?? null) === (b.url ?? null)
  );
}

export function sameReferences(a: readonly Reference[], b: readonly Reference[]): boolean {
  return a.length === b.length && a.every((r, i) => sameReference(r, b[i]));
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

export function sameField(field: MergeField, a: SectionContent, b: SectionContent): boolean {
  switch (field) {
    case 'heading':
      return a.heading === b.heading;
    case 'agreement':
      return a.agreement === b.agreement && (a.agreementChecksum ?? null) === (b.agreementChecksum ?? null);
    case 'body':
      return a.body === b.body;
    case 'references':
      return sameReferences(a.references, b.references);
    case 'verdict':
      return a.verdict === b.verdict;
    case 'verdictNote':
      return a.verdictNote === b.verdictNote;
    case 'status':
      return a.status === b.status;
    case 'location':
      return a.name === b.name && samePath(a.path, b.path);
    case 'order':
      return a.order === b.order;
  }
}

export function sameContent(a: SectionContent | null, b: SectionContent | null): boolean {
  if (a === null || b === null) return a === b;
  return MERGE_FIELDS.every((f) => sameField(f, a, b));
}

/** Copies `field` from `from` into `into`. */
export function copyField(field: MergeField, into: SectionContent, from: SectionContent): void {
  switch (field) {
    case 'agreement':
      into.agreement = from.agreement;
      into.agreementChecksum = from.agreementChecksum;
      return;
    case 'references':
      into.references = from.references.map(copyReference);
      return;
    case 'location':
      into.path = [...from.path];
      into.name = from.name;
      return;
    default:
      (into as unknown as Record<string, unknown>)[field] = from[field];
  }
}
