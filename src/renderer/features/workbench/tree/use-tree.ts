import { useCallback, useEffect, useRef, useState } from 'react';
import type { SectionSummary } from '../../../../shared/models';
import { getClient } from '../../../api';
import { useToasts } from '../../../app/toasts';
import { useT } from '../../../i18n/I18nProvider';

/** The project's section summaries, kept fresh from `treeChanged` / `sectionChanged`. */
export function useTree(projectKey: string): { sections: SectionSummary[] | null; reload(): void } {
  const [loaded, setLoaded] = useState<{ key: string; sections: SectionSummary[] } | null>(null);
  // Null while another project's list (or none) is all there is.
  const sections = loaded?.key === projectKey ? loaded.sections : null;
  const toasts = useToasts();
  const { t } = useT();
  const timer = useRef<number | null>(null);

  const load = useCallback(
    () =>
      getClient()
        .call('sections.tree', {})
        .then((res) => {
          if (res.ok) setLoaded({ key: projectKey, sections: res.value });
          else toasts.error(res.error, t('workbench.tree.loadFailed'));
        }),
    [projectKey, toasts, t],
  );

  // Saves come in bursts while typing; one refresh after the burst is enough.
  const reload = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      timer.current = null;
      void load();
    }, 250);
  }, [load]);

  useEffect(() => {
    void load();
    const client = getClient();
    const offs = [client.on('treeChanged', reload), client.on('sectionChanged', reload)];
    return () => {
      offs.forEach((off) => off());
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
  }, [projectKey, load, reload]);

  return { sections, reload };
}
