import { useCallback, useEffect } from 'react';
import type { Diagnostic, FixKind, Reference } from '../../../shared/models';
import { applyFix, removeReference, scanCitations } from '../../../core/citations';
import type { FixResult } from '../../../core/citations';
import { useDialogs } from '../../app/dialogs';
import { useToasts } from '../../app/toasts';
import type { Translator } from '../../../core/i18n';
import { useT } from '../../i18n/I18nProvider';
import { setFixHandler } from './editor/fix-bridge';
import { moveReference, nextNumber } from './references/reference-edits';
import type { RefEditing } from './references/ReferencesPanel';
import type { SectionDoc } from './session/section-doc';

interface UiHooks {
  showReferences(): void;
  setEditing(e: RefEditing): void;
  setSelectedRef(index: number | null): void;
}

function sameProblem(a: Diagnostic, b: Diagnostic): boolean {
  return (
    a.code === b.code &&
    a.referenceIndex === b.referenceIndex &&
    JSON.stringify(a.range ?? null) === JSON.stringify(b.range ?? null)
  );
}

function summary({ t }: Translator, changes: readonly string[]): string {
  if (changes.length <= 3) return changes.join('; ');
  return t('workbench.changes.more', { changes: changes.slice(0, 3).join('; '), count: changes.length - 3 });
}

/** Fixes and reference-list edits for the open section, with the questions they need. */
export function useSectionActions(doc: SectionDoc | null, ui: UiHooks) {
  const dialogs = useDialogs();
  const toasts = useToasts();
  const tr = useT();
  const { t } = tr;

  const apply = useCallback(
    (target: SectionDoc, res: FixResult) => {
      if (res.error) {
        toasts.show('error', res.error);
        return;
      }
      target.applyChange(res.body, res.references);
      if (res.changes.length > 0) toasts.show('success', summary(tr, res.changes));
    },
    [toasts, tr],
  );

  const input = (target: SectionDoc) => ({ body: target.model.getValue(), references: target.references });

  const deleteReference = useCallback(
    async (target: SectionDoc, index: number) => {
      const ref = target.references[index];
      if (!ref) return;
      const cited = scanCitations(target.model.getValue()).citations.filter((c) => c.number === ref.number).length;
      const choice = await dialogs.askChoice({
        title: t('workbench.delete.title', { number: ref.number }),
        message: (
          <>
            <p>
              <strong>[{ref.number}]</strong> {tr.date(ref.date, 'medium')} — {ref.title.trim() || t('workbench.refs.untitled')}
            </p>
            {cited > 0 && (
              <p className="warning">
                {t('workbench.delete.cited', { count: cited })}
              </p>
            )}
            <p>{t('workbench.delete.renumberQuestion')}</p>
          </>
        ),
        choices: [
          { id: 'renumber', label: t('workbench.delete.renumber'), primary: true },
          { id: 'keep', label: t('workbench.delete.keep') },
        ],
      });
      if (!choice) return;
      apply(target, removeReference(input(target), index, { renumber: choice === 'renumber' }));
      ui.setSelectedRef(null);
    },
    [apply, dialogs, ui, t, tr],
  );

  const runFix = useCallback(
    (target: SectionDoc, diagnostic: Diagnostic, kind: FixKind) => {
      // The problem may have moved or gone since the menu was built.
      const current = target.diagnostics.find((d) => sameProblem(d, diagnostic));
      if (!current) {
        toasts.show('info', t('workbench.fix.gone'));
        return;
      }
      if (kind === 'add-reference') {
        const text = current.range ? target.model.getValueInRange({
          startLineNumber: current.range.startLine,
          startColumn: current.range.startColumn,
          endLineNumber: current.range.endLine,
          endColumn: current.range.endColumn,
        }) : '';
        const m = /\[(\d+)\]/.exec(text);
        const number = m ? Number(m[1]) : nextNumber(target.references);
        ui.showReferences();
        ui.setEditing({ kind: 'new', draft: { number, date: '', title: '' } });
        return;
      }
      if (kind === 'choose-from-library' && current.referenceIndex !== undefined) {
        ui.showReferences();
        ui.setSelectedRef(current.referenceIndex);
        ui.setEditing({ kind: 'edit', index: current.referenceIndex, chooseFromLibrary: true });
        return;
      }
      if (kind === 'remove-reference' && current.referenceIndex !== undefined) {
        void deleteReference(target, current.referenceIndex);
        return;
      }
      apply(target, applyFix(input(target), current, kind));
    },
    [apply, deleteReference, toasts, ui, t],
  );

  // Code actions in the editor come through the bridge to the same handler.
  useEffect(() => {
    setFixHandler(runFix);
    return () => setFixHandler(null);
  }, [runFix]);

  const saveReference = useCallback(
    (ref: Reference, index: number | null) => {
      if (!doc) return;
      const refs = [...doc.references];
      if (index === null) refs.push(ref);
      else refs[index] = ref;
      doc.update({ references: refs });
      ui.setEditing(null);
      ui.setSelectedRef(index ?? refs.length - 1);
    },
    [doc, ui],
  );

  const move = useCallback(
    (index: number, delta: -1 | 1) => {
      if (!doc) return;
      const res = moveReference(doc.model.getValue(), doc.references, index, delta);
      if (!res) return;
      doc.applyChange(res.body, res.references);
      ui.setSelectedRef(index + delta);
    },
    [doc, ui],
  );

  const startAdd = useCallback(() => {
    if (!doc) return;
    ui.showReferences();
    ui.setEditing({ kind: 'new', draft: { number: nextNumber(doc.references), date: '', title: '' } });
  }, [doc, ui]);

  return {
    runFix: (d: Diagnostic, kind: FixKind) => doc && runFix(doc, d, kind),
    deleteReference: (index: number) => doc && void deleteReference(doc, index),
    saveReference,
    move,
    startAdd,
  };
}
