// Test-only: types into a section document's model the way the editor does, as one
// undoable edit at the end of the body.
import { monaco } from '../features/workbench/editor/monaco';
import type { SectionDoc } from '../features/workbench/session/section-doc';

export function typeAtEnd(doc: SectionDoc, text: string): void {
  const end = doc.model.getFullModelRange().getEndPosition();
  doc.model.pushStackElement();
  doc.model.pushEditOperations([], [{ range: new monaco.Range(end.lineNumber, end.column, end.lineNumber, end.column), text }], () => null);
  doc.model.pushStackElement();
}
