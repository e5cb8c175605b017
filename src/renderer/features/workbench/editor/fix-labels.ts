import type { FixKind } from '../../../../shared/models';
import type { Translator } from '../../../../core/i18n';
import { currentTranslator } from '../../../i18n/current';

/** The button text of a quick fix, in the interface language. */
export function fixLabel(kind: FixKind, tr: Translator = currentTranslator()): string {
  return tr.t(`workbench.fix.${kind}`);
}
