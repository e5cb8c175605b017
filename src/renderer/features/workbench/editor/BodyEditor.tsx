import { useEffect, useEffectEvent, useRef } from 'react';
import { monaco } from './monaco';
import type { SectionDoc } from '../session/section-doc';
import { DisposableStore } from '../../../lib/disposables';
import { registerEditorFocus } from './editor-focus';
import { followSystemTheme } from './monaco-theme';
import { bindTabFocus } from './tab-focus';
import { useT } from '../../../i18n/I18nProvider';
import { CONTENT_LANG } from '../../../lib/content-lang';
import { attachCiteEditor } from '../cite/cite-decision';
import { keepSuggestingInCitation, registerLanguageFeatures } from './language-features';
import './editor.css';
import { currentTranslator } from '../../../i18n/current';
import { PROSE_EDITOR_OPTIONS } from './prose-options';

interface BodyEditorProps {
  doc: SectionDoc | null;
  readOnly: boolean;
  onReady(editor: monaco.editor.IStandaloneCodeEditor | null): void;
}

// Cursor and scroll per section, by model URI: a section's model may be disposed while it
// is not shown (doc-registry keeps a bounded number) and come back as a new object.
const viewStates = new Map<string, monaco.editor.ICodeEditorViewState>();

/**
 * One Monaco editor for the workbench; switching sections swaps its model. The editor and
 * everything registered for it (language providers, commands, listeners) live exactly as
 * long as this view: all go into one store that is disposed on unmount.
 */
export function BodyEditor({ doc, readOnly, onReady }: BodyEditorProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const ready = useEffectEvent((editor: monaco.editor.IStandaloneCodeEditor | null) => onReady(editor));

  const { t } = useT();

  useEffect(() => {
    const store = new DisposableStore();
    store.add(registerLanguageFeatures());
    followSystemTheme();
    const editor = store.add(monaco.editor.create(hostRef.current!, {
      ...PROSE_EDITOR_OPTIONS,
      model: null,
      fontSize: 14,
      lineHeight: 21,
      suggestOnTriggerCharacters: true,
      lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.OnCode },
      hover: { delay: 250 },
      padding: { top: 6 },
      ariaLabel: currentTranslator().t('workbench.editor.label'),
      // Screen readers get the editor's text as a document, not only the current line.
      accessibilitySupport: 'on',
      // Reduced motion: a steady caret, no smooth scrolling.
      cursorBlinking: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'solid' : 'blink',
      smoothScrolling: false,
      accessibilityPageSize: 50,
    }));
    editorRef.current = editor;
    registerEditorFocus(() => editor.focus());
    store.add(attachCiteEditor(editor));
    store.add(keepSuggestingInCitation(editor));
    ready(editor);
    return () => {
      registerEditorFocus(null);
      ready(null);
      const model = editor.getModel();
      const state = editor.saveViewState();
      if (model && state) viewStates.set(model.uri.toString(), state);
      store.dispose();
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
      if (state) viewStates.set(previous.uri.toString(), state);
    }
    if (previous === (doc?.model ?? null)) return;
    editor.setModel(doc?.model ?? null);
    const state = doc ? viewStates.get(doc.model.uri.toString()) : undefined;
    if (state) editor.restoreViewState(state);
    ready(editor);
  }, [doc]);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly, readOnlyMessage: { value: t('workbench.editor.readOnly') }, ariaLabel: t('workbench.editor.label') });
  }, [readOnly, t]);

  return <div ref={hostRef} id="section-body" className="body-editor" lang={CONTENT_LANG} data-testid="editor" />;
}
