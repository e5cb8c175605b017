import { useEffect, useEffectEvent, useRef } from 'react';
import type { BodyHunk } from '../../../shared/merge-models';
import { composeBody, hasConflictMarkers } from '../../../core/merge';
import type { HunkPick } from '../../../core/merge';
import { monaco } from '../workbench/editor/monaco';
import { followSystemTheme } from '../workbench/editor/monaco-theme';
import { tabMovesFocus } from '../workbench/editor/tab-focus';
import { CONTENT_LANG } from '../../lib/content-lang';
import { PROSE_EDITOR_OPTIONS } from '../workbench/editor/prose-options';
import { useT } from '../../i18n/I18nProvider';

interface BodyMergeProps {
  theirs: string;
  mine: string;
  hunks: readonly BodyHunk[];
  /** The result as it stands (with markers until resolved). */
  text: string;
  onChange(text: string): void;
  readOnly?: boolean;
}

const MARKER = /^(?:<{7}|={7}|>{7})(?: |$)/;

const options: monaco.editor.IStandaloneEditorConstructionOptions = { ...PROSE_EDITOR_OPTIONS, fontSize: 13 };

function useEditor(host: React.RefObject<HTMLDivElement | null>, initial: string, readOnly: boolean, ariaLabel: string) {
  const ref = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  // Created once per mount with the values of that moment (the parent remounts per
  // section); later texts arrive as edits.
  const create = useEffectEvent(() => {
    const model = monaco.editor.createModel(initial, 'markdown');
    followSystemTheme();
    return {
      model,
      editor: monaco.editor.create(host.current as HTMLDivElement, { ...options, model, readOnly, ariaLabel, accessibilitySupport: 'on', tabFocusMode: readOnly || tabMovesFocus() }),
    };
  });
  useEffect(() => {
    const { model, editor } = create();
    ref.current = editor;
    return () => {
      editor.dispose();
      model.dispose();
      ref.current = null;
    };
  }, []);
  return ref;
}

/** A body conflict side by side: theirs | result (editable) | mine. */
export function BodyMerge({ theirs, mine, hunks, text, onChange, readOnly = false }: BodyMergeProps) {
  const { t } = useT();
  const theirsHost = useRef<HTMLDivElement>(null);
  const resultHost = useRef<HTMLDivElement>(null);
  const mineHost = useRef<HTMLDivElement>(null);
  useEditor(theirsHost, theirs, true, t('merge.body.theirsLabel'));
  const result = useEditor(resultHost, text, readOnly, t('merge.body.resultLabel'));
  useEditor(mineHost, mine, true, t('merge.body.mineLabel'));
  const changed = useEffectEvent((value: string) => onChange(value));

  useEffect(() => {
    const editor = result.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    const decorations = editor.createDecorationsCollection();
    const mark = () => {
      const lines: monaco.editor.IModelDeltaDecoration[] = [];
      for (let i = 1; i <= model.getLineCount(); i++) {
        if (MARKER.test(model.getLineContent(i))) {
          lines.push({ range: new monaco.Range(i, 1, i, 1), options: { isWholeLine: true, className: 'merge-marker-line' } });
        }
      }
      decorations.set(lines);
    };
    mark();
    const sub = model.onDidChangeContent(() => {
      mark();
      changed(model.getValue());
    });
    return () => {
      sub.dispose();
      decorations.clear();
    };
  }, [result]);

  // Buttons outside change `text`; put it into the editor as one undoable edit.
  useEffect(() => {
    const editor = result.current;
    const model = editor?.getModel();
    if (!editor || !model || model.getValue() === text) return;
    editor.pushUndoStop();
    editor.executeEdits('merge', [{ range: model.getFullModelRange(), text }]);
    editor.pushUndoStop();
  }, [text, result]);

  const take = (pick: HunkPick) => onChange(composeBody(hunks, pick));
  const open = hasConflictMarkers(text);

  return (
    <div className="merge-body-conflict" data-testid="merge-body-conflict">
      <div className="merge-body-actions">
        <button type="button" className="btn btn-small" onClick={() => take('theirs')} disabled={readOnly} data-testid="merge-take-theirs">
          {t('merge.body.takeTheirs')}
        </button>
        <button type="button" className="btn btn-small" onClick={() => take('both')} disabled={readOnly} data-testid="merge-take-both">
          {t('merge.body.takeBoth')}
        </button>
        <button type="button" className="btn btn-small" onClick={() => take('mine')} disabled={readOnly} data-testid="merge-take-mine">
          {t('merge.body.takeMine')}
        </button>
        <span className={`merge-body-state${open ? ' open' : ''}`} data-testid="merge-body-state">
          {open ? t('merge.body.open') : t('merge.body.resolved')}
        </span>
      </div>
      <div className="merge-columns">
        <figure>
          <figcaption>{t('merge.body.theirs')}</figcaption>
          <div ref={theirsHost} className="merge-editor" lang={CONTENT_LANG} data-testid="merge-theirs-editor" />
        </figure>
        <figure>
          <figcaption>{t('merge.body.result')}</figcaption>
          <div ref={resultHost} className="merge-editor result" lang={CONTENT_LANG} data-testid="merge-result-editor" />
        </figure>
        <figure>
          <figcaption>{t('merge.body.mine')}</figcaption>
          <div ref={mineHost} className="merge-editor" lang={CONTENT_LANG} data-testid="merge-mine-editor" />
        </figure>
      </div>
    </div>
  );
}
