import { useT } from '../../i18n/I18nProvider';

/** The languages an export's labels can be in, as `<option>`s (the export dialog, the project details). */
export function ExportLanguageOptions() {
  const { t } = useT();
  return (
    <>
      <option value="nl">{t('export.language.nl')}</option>
      <option value="en">{t('export.language.en')}</option>
    </>
  );
}
