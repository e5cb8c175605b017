import { useCallback } from 'react';
import type { AppStatus } from '../../../shared/api';
import type { EditableProjectInfo, OpenProject } from '../../../shared/models';
import { getClient } from '../../api';
import { useDialogs } from '../../app/dialogs';
import { useToasts } from '../../app/toasts';
import { useT } from '../../i18n/I18nProvider';
import { ProjectInfoDialog } from './ProjectInfoDialog';

/** Opens the project details dialog; a save goes through `project.update` and updates the shell's project at once. */
export function useProjectInfo(status: AppStatus & { project: OpenProject }, setStatus: (s: AppStatus) => void): () => Promise<void> {
  const dialogs = useDialogs();
  const toasts = useToasts();
  const { t } = useT();

  const save = useCallback(
    async (patch: Partial<EditableProjectInfo>): Promise<boolean> => {
      const res = await getClient().call('project.update', patch);
      if (!res.ok) {
        toasts.error(res.error, t('project.failed'));
        return false;
      }
      setStatus({ ...status, project: res.value });
      toasts.show('success', t('project.saved'));
      return true;
    },
    [status, setStatus, toasts, t],
  );

  return useCallback(async () => {
    await dialogs.askWith<true>((done) => <ProjectInfoDialog project={status.project} onSave={save} onClose={() => done(null)} />);
  }, [dialogs, status.project, save]);
}
