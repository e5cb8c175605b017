// What the editor and the command line show for quick fixes, and how a fix offered on a
// diagnostic is carried out.

import type { Diagnostic, FixKind, Reference } from '../../shared/models';
import { addReference, mergeDuplicates, rebuildLink, removeReference, renumberByFirstUse, unchanged } from './fixes';
import type { FixInput, FixResult } from './fixes';
import { earlierDuplicateOf } from './reference-checks';

export const FIX_LABELS: Readonly<Record<FixKind, string>> = {
  'renumber-by-first-use': 'Renumber references by first use',
  'add-reference': 'Add a reference for this citation',
  'remove-reference': 'Remove this reference',
  'rebuild-link': 'Rebuild the link from title and date',
  'merge-duplicates': 'Merge with the earlier duplicate',
  'choose-from-library': 'Choose its decision from the library (decisions of that date)',
};

export interface FixOption {
  kind: FixKind;
  label: string;
}

/** The quick fixes a diagnostic offers, with their labels. */
export function fixesFor(diagnostic: Diagnostic): FixOption[] {
  return (diagnostic.fixes ?? []).map((kind) => ({ kind, label: FIX_LABELS[kind] }));
}

/**
 * Carries out fix `kind` for `diagnostic`. Removing a reference renumbers the rest;
 * adding one needs the new entry's details in `newReference`.
 */
export function applyFix(input: FixInput, diagnostic: Diagnostic, kind: FixKind, newReference?: Omit<Reference, 'number'>): FixResult {
  if (kind === 'renumber-by-first-use') return renumberByFirstUse(input);
  if (kind === 'add-reference') {
    return newReference ? addReference(input, newReference) : unchanged(input, 'Adding a reference needs its title and date.');
  }
  const index = diagnostic.referenceIndex;
  if (index === undefined) return unchanged(input, `“${FIX_LABELS[kind]}” applies to a reference, and this problem is not about one.`);
  switch (kind) {
    case 'remove-reference':
      return removeReference(input, index, { renumber: true });
    case 'rebuild-link':
      return rebuildLink(input, index);
    case 'merge-duplicates': {
      const keep = earlierDuplicateOf(input.references, index);
      return keep === null ? unchanged(input, 'This reference no longer duplicates an earlier one.') : mergeDuplicates(input, keep, index);
    }
    case 'choose-from-library':
      // A person picks the decision (the workbench opens the reference with the library's decisions of its date).
      return unchanged(input, 'Choosing a decision from the library is done in the workbench.');
  }
}
