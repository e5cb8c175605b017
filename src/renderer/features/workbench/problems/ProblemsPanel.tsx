import type { Diagnostic, FixKind, Reference, Severity } from '../../../../shared/models';
import type { Translator } from '../../../../core/i18n';
import { useT } from '../../../i18n/I18nProvider';
import { fixLabel } from '../editor/fix-labels';
import './problems.css';

interface ProblemsPanelProps {
  diagnostics: readonly Diagnostic[];
  references: readonly Reference[];
  readOnly: boolean;
  onJump(d: Diagnostic): void;
  onFix(d: Diagnostic, kind: FixKind): void;
}

// Plain symbols every system font has (emoji may be missing on a Linux desktop).
const ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function location({ t }: Translator, d: Diagnostic, references: readonly Reference[]): string {
  if (d.range) return t('workbench.problems.at.line', { line: d.range.startLine, column: d.range.startColumn });
  if (d.referenceIndex !== undefined) {
    const r = references[d.referenceIndex];
    return r ? t('workbench.problems.at.reference', { number: r.number }) : t('workbench.problems.at.references');
  }
  if (d.agreementRange) return t('workbench.problems.at.agreement');
  return t('workbench.problems.at.section');
}

/** Every problem of the section; click jumps to it, buttons apply its fixes. */
export function ProblemsPanel({ diagnostics, references, readOnly, onJump, onFix }: ProblemsPanelProps) {
  const tr = useT();
  const { t } = tr;
  const sorted = diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => ORDER[a.d.severity] - ORDER[b.d.severity] || (a.d.range?.startLine ?? 1e9) - (b.d.range?.startLine ?? 1e9) || a.i - b.i);
  if (sorted.length === 0) {
    return (
      <div className="problems empty" data-testid="problems">
        <p className="panel-empty">{t('workbench.problems.none')}</p>
      </div>
    );
  }
  return (
    <ul className="problems" data-testid="problems" aria-label={t('workbench.problems.label')}>
      {sorted.map(({ d, i }) => (
        <li
          key={`${d.code}-${i}`}
          className={`problem-item severity-${d.severity}`}
          data-testid="problem-item"
          data-code={d.code}
          data-severity={d.severity}
        >
          <button type="button" className="row-btn problem-jump" data-testid="problem-jump" onClick={() => onJump(d)}>
            <span className="problem-icon" aria-hidden="true">
              {ICON[d.severity]}
            </span>
            <span className="sr-only">{t(`workbench.severity.${d.severity}`)}:</span>
            <span className="problem-message">{d.message}</span>
            <span className="problem-location">{location(tr, d, references)}</span>
          </button>
          {!readOnly && d.fixes && d.fixes.length > 0 && (
            <span className="problem-fixes">
              {d.fixes.map((kind) => (
                <button
                  key={kind}
                  type="button"
                  className="btn btn-small"
                  data-testid={`fix-${kind}`}
                  onClick={() => onFix(d, kind)}
                >
                  {fixLabel(kind, tr)}
                </button>
              ))}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
