import { useCallback, useEffect, useState } from 'react';
import { getClient } from '../../api';
import type { ViewContext } from '../../app/extensions';
import { SectionPicker } from '../../app/SectionPicker';
import { useToasts } from '../../app/toasts';
import { useT } from '../../i18n/I18nProvider';
import type { Decision, SectionSummary } from '../../../shared/models';
import { sectionLabel } from '../../../shared/section-label';
import { citeInSection } from '../workbench/cite/cite-decision';
import { LibraryPanel } from './LibraryPanel';

/**
 * The library as a top-level view: search, read, and cite a decision in the section being
 * edited (at its cursor). With no section open it asks which one, and keeps citing there.
 */
export function LibraryView({ project, sectionId, openSection }: ViewContext) {
  const { t } = useT();
  const toasts = useToasts();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [sections, setSections] = useState<SectionSummary[]>([]);
  const [asking, setAsking] = useState<Decision | null>(null);
  const targetId = sectionId ?? chosenId;

  useEffect(() => {
    let live = true;
    const load = () =>
      void getClient()
        .call('sections.tree', {})
        .then((r) => live && r.ok && setSections(r.value));
    load();
    const off = getClient().on('treeChanged', load);
    return () => {
      live = false;
      off();
    };
  }, [project.path]);

  const target = sections.find((s) => s.id === targetId) ?? null;

  const cite = useCallback(
    async (id: string, decision: Decision) => {
      const outcome = await citeInSection(id, decision);
      if ('code' in outcome) return toasts.error(outcome, t('cite.failed'));
      const cited = sections.find((s) => s.id === id);
      const name = cited ? sectionLabel(cited) : '';
      toasts.show('success', t(outcome.reused ? 'cite.reused' : 'cite.added', { number: outcome.number, section: name, line: outcome.line }));
    },
    [sections, t, toasts],
  );

  const insert = useCallback(
    (decision: Decision) => {
      if (targetId) void cite(targetId, decision);
      else setAsking(decision);
    },
    [cite, targetId],
  );

  return (
    <>
      <LibraryPanel
        client={getClient()}
        onInsert={project.readOnly ? undefined : insert}
        target={{ section: target ? sectionLabel(target) : null, readOnly: project.readOnly }}
        onOpenSection={openSection}
      />
      {asking && (
        <SectionPicker
          title={t('cite.pick.title')}
          sections={sections}
          onCancel={() => setAsking(null)}
          onPick={(id) => {
            const decision = asking;
            setAsking(null);
            setChosenId(id);
            void cite(id, decision);
          }}
        />
      )}
    </>
  );
}
