// Fixes start in the editor (code actions) or in the problems panel, but some need the
// UI (a form to fill, a question to answer). The workbench installs the handler; both
// entry points call it.
import type { Diagnostic, FixKind } from '../../../../shared/models';
import type { SectionDoc } from '../session/section-doc';

export type FixHandler = (doc: SectionDoc, diagnostic: Diagnostic, kind: FixKind) => void;

let handler: FixHandler | null = null;

export function setFixHandler(h: FixHandler | null): void {
  handler = h;
}

export function requestFix(doc: SectionDoc, diagnostic: Diagnostic, kind: FixKind): void {
  handler?.(doc, diagnostic, kind);
}
