import { useEffect, useEffectEvent, useRef } from 'react';
import { monaco } from './monaco';
import { citationRanges } from '../references/reference-edits';
import { tokenHex } from './monaco-theme';

/**
 * Marks every `[N]` of the selected reference in the editor and reveals the first.
 * `reveal` changes on every click, so clicking the same reference again scrolls again.
 */
export function useCitationHighlight(
  editor: monaco.editor.IStandaloneCodeEditor | null,
  model: monaco.editor.ITextModel | null,
  number: number | null,
  reveal: number,
  version: number,
): void {
  const collection = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);

  useEffect(() => {
    if (!editor) return;
    collection.current ??= editor.createDecorationsCollection();
    if (number === null || !model || editor.getModel() !== model) {
      collection.current.clear();
      return;
    }
    const ranges = citationRanges(model.getValue(), number).map(
      (r) => new monaco.Range(r.startLine, r.startColumn, r.endLine, r.endColumn),
    );
    collection.current.set(
      ranges.map((range) => ({
        range,
        options: {
          inlineClassName: 'citation-highlight',
          overviewRuler: { color: tokenHex('--highlight-border'), position: monaco.editor.OverviewRulerLane.Center },
        },
      })),
    );
  }, [editor, model, number, version]);

  // Reads the latest editor, model and number, but runs only on an explicit click (`reveal`
  // changes), not on every keystroke.
  const revealFirst = useEffectEvent(() => {
    if (!editor || !model || number === null) return;
    const first = citationRanges(model.getValue(), number)[0];
    if (first) {
      const range = new monaco.Range(first.startLine, first.startColumn, first.endLine, first.endColumn);
      editor.revealRangeInCenterIfOutsideViewport(range);
      editor.setSelection(range);
    }
  });
  useEffect(() => {
    if (reveal > 0) revealFirst();
  }, [reveal]);
}
