// THE way to cite a library decision in a section, for every feature that offers it
// (library view, `[` completion, c-search's Evidence panel): the reference is added with
// its exact link (or the section's own entry for that decision is reused) and `[N]` goes
// in at the editor's cursor in that section, as one undo step that also takes the
// reference back. Core rules in core/citations/cite.ts.
import type { AppError, DecisionRecord } from '../../../../shared/models';
import { citeDecision } from '../../../../core/citations';
import type { monaco } from '../editor/monaco';
import { docs } from '../session/doc-registry';
import type { SectionDoc } from '../session/section-doc';
import { currentTranslator } from '../../../i18n/current';

export type CitableDecision = Pick<DecisionRecord, 'title' | 'date' | 'meetingStart' | 'url'>;

export interface CiteOutcome {
  sectionId: string;
  number: number;
  /** The section already listed the decision; only the citation was added. */
  reused: boolean;
  /** 1-based line of the inserted citation. */
  line: number;
}

// One editor in the app (BodyEditor). The cursor of every section it has shown is kept,
// so a citation made while the library is in front goes where the person left off.
let activeEditor: monaco.editor.ICodeEditor | null = null;
const cursors = new WeakMap<monaco.editor.ITextModel, number>();

/** BodyEditor calls this once; returns what undoes it. */
export function attachCiteEditor(editor: monaco.editor.ICodeEditor): monaco.IDisposable {
  activeEditor = editor;
  const sub = editor.onDidChangeCursorSelection((e) => {
    const model = editor.getModel();
    if (model) cursors.set(model, model.getOffsetAt(e.selection.getEndPosition()));
  });
  return {
    dispose() {
      sub.dispose();
      if (activeEditor === editor) activeEditor = null;
    },
  };
}

/** The app's editor, for commands that act at its cursor. */
export function activeCiteEditor(): monaco.editor.ICodeEditor | null {
  return activeEditor;
}

function editorShowing(doc: SectionDoc): monaco.editor.ICodeEditor | null {
  return activeEditor && activeEditor.getModel() === doc.model ? activeEditor : null;
}

/**
 * Where a citation goes in this section: the end of the editor's selection when the editor
 * shows it (selected text is kept), else where its cursor was last, else the end of the text.
 */
export function citationOffset(doc: SectionDoc): number {
  const editor = editorShowing(doc);
  const selection = editor?.getSelection();
  if (selection) return doc.model.getOffsetAt(selection.getEndPosition());
  const remembered = cursors.get(doc.model);
  return remembered !== undefined ? Math.min(remembered, doc.model.getValueLength()) : doc.model.getValueLength();
}

/**
 * Cites `decision` in the section: at `range` (offsets of text the citation replaces, as
 * a typed `[query`) or at {@link citationOffset}. The cursor ends after the citation.
 */
export async function citeInSection(sectionId: string, decision: CitableDecision, range?: { from: number; to: number }): Promise<CiteOutcome | AppError> {
  const doc = await docs.open(sectionId);
  if ('code' in doc) return doc;
  if (doc.isReadOnly) return { code: 'read-only', message: currentTranslator().t('workbench.cite.readOnly') };
  const from = range?.from ?? citationOffset(doc);
  const result = citeDecision({ body: doc.model.getValue(), references: doc.references }, decision, from, range?.to ?? from);
  doc.applyChange(result.body, result.references);
  const end = doc.model.getPositionAt(result.end);
  cursors.set(doc.model, result.end);
  const editor = editorShowing(doc);
  if (editor) {
    editor.setPosition(end);
    editor.revealPositionInCenterIfOutsideViewport(end);
  }
  return { sectionId, number: result.number, reused: result.reused, line: end.lineNumber };
}
