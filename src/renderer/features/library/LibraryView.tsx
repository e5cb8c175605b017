import { useCallback } from 'react';
import { getClient } from '../../api';
import type { ViewContext } from '../../app/extensions';
import { useToasts } from '../../app/toasts';
import type { Decision } from '../../../shared/models';
import { referenceFromDecision } from '../workbench/editor/language-features';
import { docs } from '../workbench/session/doc-registry';
import { LibraryPanel } from './LibraryPanel';

/** The library as a top-level view: search, read, and add a decision to the open section. */
export function LibraryView({ project, sectionId, openSection }: ViewContext) {
  const toasts = useToasts();
  const insert = useCallback(
    async (decision: Decision) => {
      if (!sectionId) return;
      const doc = await docs.open(sectionId);
      if ('code' in doc) return toasts.error(doc);
      const existing = decision.url ? doc.references.find((r) => r.url === decision.url) : undefined;
      if (existing) return toasts.show('info', `Already in this section as [${existing.number}].`);
      const next = doc.references.reduce((max, r) => Math.max(max, r.number + 1), 0);
      doc.update({ references: [...doc.references, referenceFromDecision(decision, next)] });
      toasts.show('success', `Added as reference [${next}] to “${doc.section.name}”. Cite it in the text as [${next}].`);
    },
    [sectionId, toasts],
  );
  return (
    <LibraryPanel
      client={getClient()}
      onInsert={sectionId && !project.readOnly ? (d) => void insert(d) : undefined}
      onOpenSection={openSection}
    />
  );
}
