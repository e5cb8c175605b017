import { useEffect } from 'react';
import type { Located } from '../../shared/section-label';
import { sectionLabel } from '../../shared/section-label';
import { useT } from '../i18n/I18nProvider';

/**
 * The window's (or browser tab's) title names the open section by its whole path, so two
 * sections of one name in two windows or tabs are never taken for each other.
 */
export function useWindowTitle(project: string, section: Located | null): void {
  const { t } = useT();
  const title = section ? t('project.windowTitle', { section: sectionLabel(section), project }) : t('project.windowTitle.noSection', { project });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
