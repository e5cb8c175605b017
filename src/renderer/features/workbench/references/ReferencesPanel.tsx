import { useMemo } from 'react';
import type { Diagnostic, Reference } from '../../../../shared/models';
import { ReferenceForm } from './ReferenceForm';
import './references.css';
import { CONTENT_LANG } from '../../../lib/content-lang';
import { useT } from '../../../i18n/I18nProvider';

/** `chooseFromLibrary`: opened by the quick fix for an entry with no title and no link. */
export type RefEditing = { kind: 'edit'; index: number; chooseFromLibrary?: boolean } | { kind: 'new'; draft: Reference } | null;

interface ReferencesPanelProps {
  references: readonly Reference[];
  diagnostics: readonly Diagnostic[];
  /** How often each number is cited in the body. */
  citedCounts: ReadonlyMap<number, number>;
  selectedIndex: number | null;
  editing: RefEditing;
  readOnly: boolean;
  onSelect(index: number): void;
  onEdit(editing: RefEditing): void;
  onSave(ref: Reference, index: number | null): void;
  onDelete(index: number): void;
  onMove(index: number, delta: -1 | 1): void;
  onAdd(): void;
}

/** The numbered reference list with inline add/edit, delete and reorder. */
export function ReferencesPanel(props: ReferencesPanelProps) {
  const { t, date } = useT();
  const { references, diagnostics, citedCounts, selectedIndex, editing, readOnly } = props;

  const problemsByIndex = useMemo(() => {
    const map = new Map<number, Diagnostic[]>();
    for (const d of diagnostics) {
      if (d.referenceIndex === undefined) continue;
      map.set(d.referenceIndex, [...(map.get(d.referenceIndex) ?? []), d]);
    }
    return map;
  }, [diagnostics]);

  const taken = (except: number | null) => new Set(references.filter((_, i) => i !== except).map((r) => r.number));

  return (
    <div className="references" data-testid="references">
      <div className="panel-toolbar references-toolbar">
        <span className="references-count">{t('workbench.refs.count', { count: references.length })}</span>
        {!readOnly && (
          <button type="button" className="btn btn-small" data-testid="reference-add" onClick={props.onAdd} title={t('workbench.refs.add.title')}>
            {t('workbench.refs.add')}
          </button>
        )}
      </div>
      {editing?.kind === 'new' && (
        <ReferenceForm
          key={`new-${editing.draft.number}`}
          initial={editing.draft}
          isNew
          takenNumbers={taken(null)}
          onSave={(ref) => props.onSave(ref, null)}
          onCancel={() => props.onEdit(null)}
        />
      )}
      <ol className="reference-list">
        {references.map((ref, i) => {
          const problems = problemsByIndex.get(i) ?? [];
          const worst = problems.some((p) => p.severity === 'error') ? 'error' : problems.some((p) => p.severity === 'warning') ? 'warning' : null;
          const count = citedCounts.get(ref.number) ?? 0;
          if (editing?.kind === 'edit' && editing.index === i) {
            return (
              <li key={i} className="reference-item editing" data-testid="reference-item">
                <ReferenceForm
                  initial={ref}
                  isNew={false}
                  chooseFromLibrary={editing.chooseFromLibrary}
                  takenNumbers={taken(i)}
                  onSave={(r) => props.onSave(r, i)}
                  onCancel={() => props.onEdit(null)}
                />
              </li>
            );
          }
          return (
            <li
              key={i}
              className={`reference-item pick-row${selectedIndex === i ? ' selected' : ''}${worst ? ` has-${worst}` : ''}`}
              data-testid="reference-item"
              data-number={ref.number}
              title={problems.map((p) => p.message).join('\n') || undefined}
            >
              {/* Selecting a reference marks its citations in the text; F2 edits it. */}
              <button
                type="button"
                className="row-btn ref-select"
                aria-pressed={selectedIndex === i}
                data-testid="reference-select"
                onClick={() => props.onSelect(i)}
                onKeyDown={(e) => {
                  if (e.key === 'F2' && !readOnly) {
                    e.preventDefault();
                    props.onEdit({ kind: 'edit', index: i });
                  }
                }}
              >
              <span className="ref-num">[{ref.number}]</span>
              <span className="ref-date">{date(ref.date, 'medium')}</span>
              <span className="ref-main">
                <span className="ref-title-text" lang={CONTENT_LANG}>{ref.title.trim() || <em>{t('workbench.refs.untitled')}</em>}</span>
                {ref.url ? (
                  <span className="ref-link" title={ref.url}>
                    {ref.url}
                  </span>
                ) : (
                  <span className="ref-link none">{t('workbench.refs.noLink')}</span>
                )}
              </span>
              <span className={count === 0 ? 'ref-cited uncited' : 'ref-cited'} title={count === 0 ? t('workbench.refs.uncited.title') : t('workbench.refs.cited.title', { count })}>
                {count === 0 ? t('workbench.refs.uncited') : t('workbench.refs.cited', { count })}
              </span>
              </button>
              {!readOnly && (
                <span className="ref-actions">
                  <button type="button" className="icon-btn" title={t('workbench.refs.up.title')} aria-label={t('workbench.refs.up')} data-testid="reference-up" disabled={i === 0} onClick={() => props.onMove(i, -1)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-btn"
                    title={t('workbench.refs.down.title')}
                    aria-label={t('workbench.refs.down')}
                    data-testid="reference-down"
                    disabled={i === references.length - 1}
                    onClick={() => props.onMove(i, 1)}
                  >
                    ↓
                  </button>
                  <button type="button" className="icon-btn" title={t('workbench.refs.edit.title')} aria-label={t('workbench.refs.edit')} data-testid="reference-edit" onClick={() => props.onEdit({ kind: 'edit', index: i })}>
                    ✎
                  </button>
                  <button type="button" className="icon-btn danger" title={t('workbench.refs.delete')} aria-label={t('workbench.refs.delete')} data-testid="reference-delete" onClick={() => props.onDelete(i)}>
                    ✕
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {references.length === 0 && <p className="panel-empty">{t('workbench.refs.none')}</p>}
    </div>
  );
}
