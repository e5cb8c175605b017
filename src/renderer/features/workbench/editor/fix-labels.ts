import type { FixKind } from '../../../../shared/models';
import { FIX_LABELS } from '../../../../core/citations';

export function fixLabel(kind: FixKind): string {
  return FIX_LABELS[kind];
}
