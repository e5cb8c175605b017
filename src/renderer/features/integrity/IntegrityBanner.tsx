import { useCallback, useEffect, useState } from 'react';
import type { DamagedSection, OpenProject } from '../../../shared/models';
import { sectionLabel } from '../../../shared/section-label';
import { getClient } from '../../api';
import { unsavedBlocking } from '../../app/unsaved-guard';
import { useToasts } from '../../app/toasts';
import { useT } from '../../i18n/I18nProvider';
import './integrity.css';

const PROBLEM_WORD: Record<DamagedSection['problem'], string> = { 'content-changed': 'changed', 'revision-missing': 'missing', 'rule-broken': 'rule' };

/**
 * When a project opens, its sections are compared with their revisions' content hashes
 * (`project.verify`). Damage — a text changed on disk, which SQLite cannot see — is
 * shown here, each section with the way back: restoring its newest intact revision.
 */
export function IntegrityBanner({ project, onOpenSection }: { project: OpenProject; onOpenSection(id: string): void }) {
  const { t } = useT();
  const toasts = useToasts();
  const [damaged, setDamaged] = useState<DamagedSection[]>([]);
  const [hidden, setHidden] = useState(false);

  const verify = useCallback(
    () =>
      getClient()
        .call('project.verify', {})
        .then((res) => {
          if (res.ok) setDamaged(res.value.damaged);
          else if (res.error.code !== 'no-project') toasts.error(res.error, t('integrity.checkFailed'));
        }),
    [toasts, t],
  );

  // Another project starts with a clean banner (adjusted while rendering), then is checked.
  const [checkedPath, setCheckedPath] = useState(project.path);
  if (checkedPath !== project.path) {
    setCheckedPath(project.path);
    setHidden(false);
    setDamaged([]);
  }
  useEffect(() => {
    void verify();
  }, [project.path, verify]);

  if (hidden || damaged.length === 0) return null;

  const restore = async (d: DamagedSection) => {
    if (d.intactRevisionId === undefined) return;
    const blocked = await unsavedBlocking(t);
    if (blocked) return toasts.show('error', blocked);
    const res = await getClient().call('history.restore', { id: d.intactRevisionId });
    if (!res.ok) return toasts.error(res.error, t('integrity.restoreFailed'));
    toasts.show('success', t('integrity.restored', { revision: d.intactRevision ?? 0, name: d.name }));
    await verify();
  };

  return (
    <div className="integrity-banner" role="alert" data-testid="integrity-banner">
      <p className="integrity-summary">{t('integrity.damaged', { count: damaged.length })}</p>
      <ul className="integrity-list">
        {damaged.slice(0, 20).map((d) => (
          <li key={d.id} data-testid="integrity-item">
            <span className="integrity-name">
              {t('integrity.section', { name: sectionLabel(d), problem: PROBLEM_WORD[d.problem], revision: d.revision, rule: d.rule ?? '' })}
            </span>
            <button type="button" className="btn btn-small" onClick={() => onOpenSection(d.id)}>
              {t('integrity.open')}
            </button>
            {d.problem === 'rule-broken' ? null : d.intactRevisionId !== undefined ? (
              <button type="button" className="btn btn-small" data-testid="integrity-restore" onClick={() => void restore(d)}>
                {t('integrity.restore', { revision: d.intactRevision ?? 0 })}
              </button>
            ) : (
              <span className="integrity-none">{t('integrity.noCopy')}</span>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="btn btn-small integrity-hide" onClick={() => setHidden(true)}>
        {t('integrity.dismiss')}
      </button>
    </div>
  );
}
