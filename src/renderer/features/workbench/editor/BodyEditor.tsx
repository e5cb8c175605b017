import { useEffect, useRef } from 'react';
import { monaco } from './monaco';
import type { SectionDoc } from '../session/section-doc';
import { registerEditorFocus } from './editor-focus';
import { followSystemTheme } from './monaco-theme';
import { bindTabFocus } from './tab-focus';
import { useT } from '../../../i18n/I18nProvider';
import { CONTENT_LANG } from '../../../lib/content-lang';
import { attachCiteEditor } from '../cite/cite-decision';
import { keepSuggestingInCitation, registerLanguageFeatures } from './language-features';
import './editor.css';

interface BodyEditorProps {
  doc: SectionDoc | null;
  readOnly: boolean;
  onReady(editor: monaco.editor.IStandaloneCodeEditor | null): void;
}

const viewStates = new WeakMap<monaco.editor.ITextModel, monaco.editor.ICodeEditorViewState>();

/** One Monaco editor for the whole app; switching sections swaps its model. */
export function BodyEditor({ doc, readOnly, onReady }: BodyEditorProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;

  const { t } = useT();

  useEffect(() => {
    registerLanguageFeatures();
    followSystemTheme();
    const editor = monaco.editor.create(hostRef.current!, {
      model: null,
      language: 'markdown',
      wordWrap: 'on',
      minimap: { enabled: false },
      lineNumbers: 'on',
      automaticLayout: true,
      scrollBeyondLastLine: false,
      fontSize: 14,
      lineHeight: 21,
      renderWhitespace: 'trailing',
      unicodeHighlight: { ambiguousCharacters: false },
      quickSuggestions: false,
      suggestOnTriggerCharacters: true,
      wordBasedSuggestions: 'off',
      autoClosingBrackets: 'never',
      fixedOverflowWidgets: true,
      lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.OnCode },
      hover: { delay: 250 },
      padding: { top: 6 },
      ariaLabel: 'Section body (Markdown)',
      // Screen readers get the editor's text as a document, not only the current line.
      accessibilitySupport: 'on',
      accessibilityPageSize: 50,
    });
    editorRef.current = editor;
    registerEditorFocus(() => editor.focus());
    const cite = attachCiteEditor(editor);
    const suggesting = keepSuggestingInCitation(editor);
    onReadyRef.current(editor);
    return () => {
      registerEditorFocus(null);
      cite.dispose();
      suggesting.dispose();
      onReadyRef.current(null);
      editor.dispose();
      editorRef.current = null;
    };
  }, []);

  // Ctrl+M and its announcements speak the interface language.
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    const binding = bindTabFocus(editor, { toggle: t('a11y.tabFocus.toggle'), on: t('a11y.tabFocus.on'), off: t('a11y.tabFocus.off') });
    return () => binding.dispose();
  }, [t]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    const previous = editor.getModel();
    if (previous && previous !== doc?.model) {
      const state = editor.saveViewState();
      if (state) viewStates.set(previous, state);
    }
    if (previous === (doc?.model ?? null)) return;
    editor.setModel(doc?.model ?? null);
    const state = doc ? viewStates.get(doc.model) : undefined;
    if (state) editor.restoreViewState(state);
    onReadyRef.current(editor);
  }, [doc]);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly, readOnlyMessage: { value: 'This project is open read-only.' } });
  }, [readOnly]);

  return <div ref={hostRef} id="section-body" className="body-editor" lang={CONTENT_LANG} data-testid="editor" />;
}
