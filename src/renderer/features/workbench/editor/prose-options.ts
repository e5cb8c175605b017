import type { monaco } from './monaco';

/**
 * How every Markdown prose editor behaves (the section body and the merge's body editor):
 * wrapped lines, no code-editor habits (suggestions from words, closing brackets,
 * ambiguous-character boxes around Dutch quotes), trailing spaces visible because the
 * published format keeps them byte for byte.
 */
export const PROSE_EDITOR_OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  language: 'markdown',
  wordWrap: 'on',
  minimap: { enabled: false },
  lineNumbers: 'on',
  automaticLayout: true,
  scrollBeyondLastLine: false,
  renderWhitespace: 'trailing',
  unicodeHighlight: { ambiguousCharacters: false },
  quickSuggestions: false,
  wordBasedSuggestions: 'off',
  autoClosingBrackets: 'never',
  fixedOverflowWidgets: true,
};
