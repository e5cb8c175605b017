// Monaco's providers (completion, hover, quick fixes) are registered once, outside React,
// so they cannot call useT(): the workbench hands them the interface language's
// Translator here whenever it changes.
import { DEFAULT_LANGUAGE, translator } from '../../../../core/i18n';
import type { Translator } from '../../../../core/i18n';

let current: Translator = translator(DEFAULT_LANGUAGE);

export function setEditorTranslator(tr: Translator): void {
  current = tr;
}

export function editorTranslator(): Translator {
  return current;
}
