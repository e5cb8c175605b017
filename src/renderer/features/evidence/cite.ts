// One click cites a suggestion: the decision becomes the next reference (with its exact
// link) and `[N]` goes in at the editor's cursor — or, without a cursor in this section,
// at the end of the body — as one undoable change. A decision already in the list is
// cited by its number.
import type { monaco } from '../workbench/editor/monaco';
import { referenceFromDecision } from '../workbench/editor/language-features';
import type { SectionDoc } from '../workbench/session/section-doc';
import { nextReferenceNumber } from '../../../core/citations';
import type { Decision } from '../../../shared/models';

export type CitableDecision = Pick<Decision, 'key' | 'id' | 'date' | 'meetingStart' | 'title' | 'url'>;

export function citeDecision(doc: SectionDoc, editor: monaco.editor.IStandaloneCodeEditor | null, decision: CitableDecision): number {
  const existing = decision.url ? doc.references.find((r) => r.url === decision.url) : undefined;
  const number = existing?.number ?? nextReferenceNumber(doc.references);
  const references = existing ? doc.references : [...doc.references, referenceFromDecision({ ...decision, text: '' }, number)];
  const body = doc.model.getValue();
  const ownEditor = editor && editor.getModel() === doc.model ? editor : null;
  const selection = ownEditor?.getSelection();
  const at = selection ? doc.model.getOffsetAt(selection.getEndPosition()) : body.replace(/\s+$/, '').length;
  const citation = `[${number}]`;
  doc.applyChange(body.slice(0, at) + citation + body.slice(at), references);
  if (ownEditor) {
    const after = doc.model.getPositionAt(at + citation.length);
    ownEditor.setPosition(after);
    ownEditor.revealPositionInCenterIfOutsideViewport(after);
  }
  return number;
}
