import { useT } from '../i18n/I18nProvider';
import './untitled-tag.css';

/** Marks a decision the database holds without a title (shown by the first words of its text). */
export function UntitledTag() {
  const { t } = useT();
  return <span className="untitled-tag">{t('cite.untitled')}</span>;
}
