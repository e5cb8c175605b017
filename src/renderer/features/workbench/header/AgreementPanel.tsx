import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Diagnostic } from '../../../../shared/models';
import { CONTENT_LANG } from '../../../lib/content-lang';
import { recall, remember } from '../../../lib/remembered';
import './header.css';
import { useT } from '../../../i18n/I18nProvider';

interface AgreementPanelProps {
  agreement: string;
  diagnostics: readonly Diagnostic[];
  readOnly: boolean;
  onChange(agreement: string): void;
}

/** Splits the text at the problem ranges so they can be marked (never HTML). */
function marked(text: string, diagnostics: readonly Diagnostic[]): ReactNode[] {
  const ranges = diagnostics
    .filter((d) => d.agreementRange && d.agreementRange.end > d.agreementRange.start)
    .map((d) => ({ ...d.agreementRange!, d }))
    .sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start < at) continue;
    out.push(text.slice(at, r.start));
    out.push(
      <mark key={r.start} className={`agreement-mark severity-${r.d.severity}`} title={r.d.message}>
        {text.slice(r.start, r.end)}
      </mark>,
    );
    at = r.end;
  }
  out.push(text.slice(at));
  return out;
}

/**
 * The agreement text the section assesses. Read-only by default: it must stay verbatim
 * as extracted from the official PDF, so editing is a deliberate act with a warning.
 */
export function AgreementPanel({ agreement, diagnostics, readOnly, onChange }: AgreementPanelProps) {
  const { t } = useT();
  const [open, setOpen] = useState(() => recall('agreement.open', '1') === '1');
  const [editing, setEditing] = useState(false);

  const toggleOpen = () => {
    setOpen(!open);
    remember('agreement.open', open ? '0' : '1');
  };

  return (
    <section className={open ? 'agreement open' : 'agreement'} data-testid="agreement">
      <div className="agreement-bar">
        <button type="button" id="agreement-toggle" className="agreement-toggle" aria-expanded={open} onClick={toggleOpen} data-testid="agreement-toggle">
          <span className={open ? 'twisty open' : 'twisty'} aria-hidden="true" />
          {t('workbench.agreement.title')}
        </button>
        {open && !readOnly && (
          <label className="checkbox agreement-edit-toggle">
            <input type="checkbox" checked={editing} data-testid="agreement-edit" onChange={(e) => setEditing(e.target.checked)} />
            {t('workbench.agreement.edit')}
          </label>
        )}
      </div>
      {open &&
        (editing ? (
          <div className="agreement-editing">
            <p className="warning" role="alert">
              {t('workbench.agreement.warning')}
            </p>
            <textarea data-testid="agreement-text" lang={CONTENT_LANG} aria-labelledby="agreement-toggle" value={agreement} spellCheck={false} onChange={(e) => onChange(e.target.value)} rows={6} />
          </div>
        ) : (
          // Scrolls when long: focusable so the keyboard can scroll it too (WCAG 2.1.1).
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take the focus
          <p className="agreement-text" data-testid="agreement-text" lang={CONTENT_LANG} tabIndex={0} role="region" aria-labelledby="agreement-toggle">
            {marked(agreement, diagnostics)}
          </p>
        ))}
    </section>
  );
}
