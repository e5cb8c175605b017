import { useEffect, useRef } from 'react';
import { monaco } from '../workbench/editor/monaco';
import { followSystemTheme } from '../workbench/editor/monaco-theme';
import { CONTENT_LANG } from '../../lib/content-lang';

interface DiffViewProps {
  original: string;
  modified: string;
  /** Labels for screen readers. */
  originalLabel: string;
  modifiedLabel: string;
}

/** Monaco's diff editor, read-only, between two Markdown texts. */
export function DiffView({ original, modified, originalLabel, modifiedLabel }: DiffViewProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);

  useEffect(() => {
    followSystemTheme();
    const editor = monaco.editor.createDiffEditor(hostRef.current as HTMLDivElement, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      wordWrap: 'on',
      diffWordWrap: 'on',
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: true,
      renderOverviewRuler: false,
      unicodeHighlight: { ambiguousCharacters: false },
      fontSize: 13,
      originalAriaLabel: originalLabel,
      modifiedAriaLabel: modifiedLabel,
      accessibilitySupport: 'on',
    });
    // The diff options above do not reach the inner editors' input elements; name them directly.
    editor.getOriginalEditor().updateOptions({ ariaLabel: originalLabel });
    editor.getModifiedEditor().updateOptions({ ariaLabel: modifiedLabel });
    editorRef.current = editor;
    return () => {
      const model = editor.getModel();
      editor.dispose();
      model?.original.dispose();
      model?.modified.dispose();
      editorRef.current = null;
    };
  }, [originalLabel, modifiedLabel]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    const previous = editor.getModel();
    editor.setModel({ original: monaco.editor.createModel(original, 'markdown'), modified: monaco.editor.createModel(modified, 'markdown') });
    previous?.original.dispose();
    previous?.modified.dispose();
  }, [original, modified, originalLabel, modifiedLabel]);

  return <div ref={hostRef} className="history-diff" data-testid="history-diff" lang={CONTENT_LANG} />;
}
