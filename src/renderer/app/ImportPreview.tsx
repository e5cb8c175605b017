import type { ImportPreview as Preview, ReplacedSection } from '../../shared/models';
import { sectionLabel } from '../../shared/section-label';
import { useT } from '../i18n/I18nProvider';
import { CONTENT_LANG } from '../lib/content-lang';
import './import-preview.css';

const SHOWN = 30;

/**
 * Before an import replaces sections: what it would create, replace and leave, and which
 * sections it would replace (with what changes), so nobody overwrites work unasked.
 */
export function ImportPreview({ preview }: { preview: Preview }) {
  const { t, list } = useT();
  const changes = (r: ReplacedSection) => list(r.changes.map((c) => t(`importing.change.${c}`)));
  return (
    <div data-testid="import-preview">
      <p data-testid="import-preview-summary">
        {t('importing.preview.summary', {
          created: preview.created.length,
          replaced: preview.replaced.length,
          unchanged: preview.unchanged.length,
          failed: preview.failed.length,
        })}
      </p>
      <p>{t('importing.preview.replacedIntro')}</p>
      <ul className="import-preview-list">
        {preview.replaced.slice(0, SHOWN).map((r) => (
          <li key={r.id} data-testid="import-preview-replaced">
            <strong lang={CONTENT_LANG}>{sectionLabel(r)}</strong> <span className="import-preview-changes">— {t('importing.preview.changes', { changes: changes(r) })}</span>
          </li>
        ))}
        {preview.replaced.length > SHOWN && <li>{t('importing.preview.more', { count: preview.replaced.length - SHOWN })}</li>}
      </ul>
    </div>
  );
}
