import { useCallback, useRef } from 'react';
import { errorText } from '../../../../core/i18n';
import { currentTranslator } from '../../../i18n/current';
import { getClient } from '../../../api';
import { useDialogs } from '../../../app/dialogs';
import { useToasts } from '../../../app/toasts';
import { useT } from '../../../i18n/I18nProvider';
import { keepDrafts } from './drafts';
import type { SectionDraft } from './drafts';
import { recreateSection } from './recreate';

/**
 * What happens to unsaved text whose section was deleted (by a merge, another window, or
 * before a kept draft came back): the person recreates the section with it, or discards
 * it. Dismissing the question recreates: text is never dropped without a "discard". One
 * question at a time; a recreate that fails keeps the text as a draft of the project.
 */
export function useDeletedText(project: string, onRecreated: (id: string) => void): (draft: SectionDraft) => void {
  const dialogs = useDialogs();
  const toasts = useToasts();
  const { t } = useT();
  const queue = useRef<Promise<void>>(Promise.resolve());
  return useCallback(
    (draft: SectionDraft) => {
      queue.current = queue.current.then(async () => {
        const choice = await dialogs.askChoice({
          title: t('switching.deleted.title'),
          message: <p data-testid="deleted-unsaved">{t('switching.deleted.body', { name: draft.label })}</p>,
          choices: [
            { id: 'recreate', label: t('switching.deleted.recreate'), primary: true },
            { id: 'discard', label: t('switching.deleted.discard'), danger: true },
          ],
          cancelLabel: null,
        });
        if (choice === 'discard') return;
        const res = await recreateSection(getClient(), draft, project);
        if (res.ok) {
          toasts.show('success', t('switching.deleted.recreated', { name: draft.label }));
          onRecreated(res.value.id);
          return;
        }
        keepDrafts(project, [draft]);
        toasts.show('error', t('switching.deleted.failed', { name: draft.label, message: errorText(currentTranslator(), res.error) }));
      });
    },
    [dialogs, toasts, t, project, onRecreated],
  );
}
