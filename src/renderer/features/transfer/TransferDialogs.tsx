import { useCallback, useEffect, useMemo, useState } from 'react';
import { errorText } from '../../../core/i18n';
import { currentTranslator } from '../../i18n/current';
import type { UploadKind } from '../../../shared/api';
import type { KnownProject } from '../../../shared/models';
import { getClient } from '../../api';
import { useDialogs } from '../../app/dialogs';
import { Modal } from '../../app/Modal';
import { useT } from '../../i18n/I18nProvider';
import { UploadPanel } from './UploadPanel';

export interface UploadRequest {
  title: string;
  hint: string;
  kind: UploadKind;
  folders?: boolean;
  multiple?: boolean;
  accept: string;
}

function UploadDialog({ req, onDone }: { req: UploadRequest; onDone(paths: string[] | null): void }) {
  const { t } = useT();
  return (
    <Modal title={req.title} onCancel={() => onDone(null)} testId="upload-modal" wide>
      <p className="field-hint">{req.hint}</p>
      <UploadPanel kind={req.kind} folders={req.folders} multiple={req.multiple} accept={req.accept} onUploaded={(paths) => onDone(paths)} />
      <div className="modal-actions">
        <button type="button" className="btn" onClick={() => onDone(null)} data-testid="upload-cancel">
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}

function OpenProjectDialog({ onDone }: { onDone(path: string | null): void }) {
  const { t, dateTime } = useT();
  const [known, setKnown] = useState<KnownProject[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void getClient()
      .call('project.known', {})
      .then((r) => (r.ok ? setKnown(r.value) : setError(errorText(currentTranslator(), r.error))));
  }, []);

  return (
    <Modal title={t('transfer.open.title')} onCancel={() => onDone(null)} testId="open-project-modal" wide>
      <h3 className="field-label">{t('transfer.open.known')}</h3>
      {error && <p className="upload-error">{error}</p>}
      {known === null && !error && <p>{t('common.loading')}</p>}
      {known?.length === 0 && <p className="field-hint">{t('transfer.open.none')}</p>}
      {known && known.length > 0 && (
        <ul className="known-projects" data-testid="known-projects">
          {known.map((p) => (
            <li key={p.path}>
              <button type="button" className="known-project" onClick={() => onDone(p.path)} data-testid="known-project">
                <span className="known-project-name">{p.name}</span>
                <span className="known-project-meta">
                  {p.recent ? `${t('transfer.open.recent')} · ` : ''}
                  {t('transfer.open.modified', { when: dateTime(p.modified) })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="field-hint">{t('transfer.open.upload')}</p>
      <UploadPanel kind="project" accept=".pwb" onUploaded={(paths) => onDone(paths[0] ?? null)} testId="open-upload" />
      <div className="modal-actions">
        <button type="button" className="btn" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}

/** The browser host's stand-ins for native pickers: files are uploaded, projects chosen from the workspace or uploaded. */
export function useTransferDialogs(): { askUpload(req: UploadRequest): Promise<string[] | null>; askProject(): Promise<string | null> } {
  const dialogs = useDialogs();
  const askUpload = useCallback((req: UploadRequest) => dialogs.askWith<string[]>((done) => <UploadDialog req={req} onDone={done} />), [dialogs]);
  const askProject = useCallback(() => dialogs.askWith<string>((done) => <OpenProjectDialog onDone={done} />), [dialogs]);
  return useMemo(() => ({ askUpload, askProject }), [askUpload, askProject]);
}
