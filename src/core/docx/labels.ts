// Words of the Word export beyond those the pages share (core/export/labels).
import type { Language } from '../i18n';
import { pageLabels } from '../export/labels';
import type { PageLabels } from '../export/labels';

export interface DocxLabels extends PageLabels {
  contents: string;
  assessment: string;
  image: (alt: string) => string;
}

export function docxLabels(language: Language | undefined): DocxLabels {
  const labels = pageLabels(language);
  const { t } = labels.tr;
  return { ...labels, contents: t('publish.contents'), assessment: t('publish.assessment'), image: (alt) => t('publish.image', { alt }) };
}
