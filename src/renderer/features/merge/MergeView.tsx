import { useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../../../shared/api';
import type { MergeChoice, MergePlan, MergeReport } from '../../../shared/merge-models';
import { errorText } from '../../../core/i18n';
import { describeChanges, describeNote, describeSummary, infoFieldLabel, outcomeLabel } from '../../../core/merge';
import { useT } from '../../i18n/I18nProvider';
import { UploadPanel } from '../transfer/UploadPanel';
import { ConflictPanel } from './ConflictPanel';
import { MergeReportView } from './MergeReportView';
import { initialPicks, pickAll, toResolutions, unsettledCount, withPick } from './merge-picks';
import type { Picks } from './merge-picks';
import './merge.css';
import { sectionLabel } from '../../../shared/section-label';

export interface MergeViewProps {
  client: ApiClient;
  /** Called when the person is done: with the report after a merge, null when they cancel. */
  onDone?: (report: MergeReport | null) => void;
  /** A file to start with (e.g. from a native picker opened by a menu). */
  initialPath?: string;
  /** Runs before previewing and applying, to save what is being typed so the merge sees it; a message stops the merge. */
  beforeMerge?: () => Promise<string | null>;
}

/** "Merge project file…": pick their file, review every outcome, resolve conflicts, apply, read the report. */
export function MergeView({ client, onDone, initialPath = '', beforeMerge }: MergeViewProps) {
  const tr = useT();
  const { t } = tr;
  const [path, setPath] = useState(initialPath);
  const [native, setNative] = useState(false);
  const [uploads, setUploads] = useState(false);
  /** In the browser host, the name of the uploaded file (its path is the host's). */
  const [theirName, setTheirName] = useState<string | null>(null);
  const [plan, setPlan] = useState<MergePlan | null>(null);
  const [picks, setPicks] = useState<Picks>({});
  const [selected, setSelected] = useState<string | null>(null);
  const [showUnchanged, setShowUnchanged] = useState(false);
  const [report, setReport] = useState<MergeReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'preview' | 'apply' | null>(null);

  useEffect(() => {
    void client.call('app.status', {}).then((r) => {
      if (!r.ok) return;
      setNative(r.value.nativeDialogs);
      setUploads(r.value.uploads);
    });
  }, [client]);

  const browse = async () => {
    const r = await client.call('dialogs.openProject', { title: t('merge.title') });
    if (r.ok && r.value) setPath(r.value);
    else if (!r.ok) setError(errorText(tr, r.error));
  };

  const preview = async (target = path) => {
    if (!target.trim()) return;
    setBusy('preview');
    setError(null);
    setReport(null);
    const blockedPreview = await beforeMerge?.();
    if (blockedPreview) {
      setBusy(null);
      setError(blockedPreview);
      return;
    }
    const r = await client.call('merge.preview', { theirsPath: target.trim() });
    setBusy(null);
    if (!r.ok) {
      setError(errorText(tr, r.error));
      setPlan(null);
      return;
    }
    setPlan(r.value);
    setPicks(initialPicks(r.value));
    const first = r.value.sections.find((s) => s.outcome === 'conflict') ?? r.value.sections.find((s) => s.outcome !== 'unchanged');
    setSelected(first?.id ?? null);
  };

  const apply = async () => {
    if (!plan) return;
    setBusy('apply');
    setError(null);
    const blocked = await beforeMerge?.();
    if (blocked) {
      setBusy(null);
      setError(blocked);
      return;
    }
    const r = await client.call('merge.apply', { theirsPath: plan.theirsPath, resolutions: toResolutions(plan, picks), planId: plan.planId });
    setBusy(null);
    if (!r.ok) {
      setError(errorText(tr, r.error));
      return;
    }
    setReport(r.value);
    setPlan(null);
  };

  const left = plan ? unsettledCount(plan, picks) : 0;
  const visible = useMemo(() => plan?.sections.filter((s) => showUnchanged || s.outcome !== 'unchanged') ?? [], [plan, showUnchanged]);
  const current = plan?.sections.find((s) => s.id === selected) ?? null;
  const settleAll = (choice: MergeChoice, sectionId?: string) => plan && setPicks((p) => pickAll(plan, p, choice, sectionId));
  const nextConflict = () => {
    if (!plan) return;
    const open = plan.sections.filter((s) => unsettledCount(plan, picks, s.id) > 0);
    const after = open.find((s) => s.id !== selected) ?? null;
    if (after) setSelected(after.id);
  };

  return (
    <div className="merge" data-testid="merge-view">
      <header className="merge-header">
        <h2>{t('merge.title')}</h2>
        <form
          className="merge-pick"
          onSubmit={(e) => {
            e.preventDefault();
            void preview();
          }}
        >
          {uploads ? (
            theirName && (plan || busy) ? (
              <span data-testid="merge-their-name">{t('transfer.merge.chosen', { name: theirName })}</span>
            ) : (
              <div className="merge-upload">
                <p className="field-hint">{t('transfer.merge.hint')}</p>
                <UploadPanel
                  kind="merge"
                  accept=".pwb"
                  testId="merge-upload"
                  onUploaded={(paths, files) => {
                    setPath(paths[0]);
                    setTheirName(files[0]?.path ?? paths[0]);
                    void preview(paths[0]);
                  }}
                />
              </div>
            )
          ) : (
            <label>
              {t('merge.theirFile')}
              <input type="text" value={path} onChange={(e) => setPath(e.target.value)} placeholder={t('merge.pathPlaceholder')} spellCheck={false} data-testid="merge-path" />
            </label>
          )}
          {native && (
            <button type="button" className="btn" onClick={() => void browse()} data-testid="merge-browse">
              {t('merge.browse')}
            </button>
          )}
          <button type="submit" className="btn btn-primary" disabled={!path.trim() || busy !== null} hidden={uploads && !plan} data-testid="merge-preview">
            {busy === 'preview' ? t('merge.comparing') : t('merge.preview')}
          </button>
        </form>
      </header>
      {error && (
        <div className="merge-error" role="alert" data-testid="merge-error">
          {error}
        </div>
      )}

      {report && (
        <>
          <MergeReportView report={report} />
          <footer className="merge-footer">
            <button type="button" className="btn btn-primary" onClick={() => onDone?.(report)} data-testid="merge-done">
              {t('merge.done')}
            </button>
          </footer>
        </>
      )}

      {plan && (
        <>
          <div className="merge-main">
            <nav className="merge-sections" aria-label={t('merge.sections')}>
              <p className="merge-summary" data-testid="merge-summary">
                {describeSummary(tr, plan.summary)}
              </p>
              <label className="merge-show-unchanged">
                <input type="checkbox" checked={showUnchanged} onChange={(e) => setShowUnchanged(e.target.checked)} /> {t('merge.showUnchanged')}
              </label>
              <ul>
                {visible.map((s) => {
                  const open = unsettledCount(plan, picks, s.id);
                  return (
                    <li key={s.id}>
                      <button
                        type="button"
                        className={`merge-section-item ${s.outcome}${s.id === selected ? ' selected' : ''}`}
                        onClick={() => setSelected(s.id)}
                        data-testid="merge-section"
                        data-outcome={s.outcome}
                        data-open={open}
                      >
                        <span className={`merge-outcome ${s.outcome}`}>{s.outcome === 'conflict' ? (open > 0 ? t('merge.toResolve', { count: open }) : t('merge.resolved')) : outcomeLabel(tr, s.outcome)}</span>
                        <span className="merge-section-name">{sectionLabel(s)}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
              {plan.projectInfo.length > 0 && (
                <p className="merge-note">{t('merge.infoDiffers', { fields: plan.projectInfo.map((d) => infoFieldLabel(tr, d.field)).join(', ') })}</p>
              )}
            </nav>
            <div className="merge-detail" data-testid="merge-detail">
              {!current ? (
                <p className="merge-hint">{plan.sections.some((s) => s.outcome !== 'unchanged') ? t('merge.pickSection') : t('merge.nothingToMerge')}</p>
              ) : (
                <>
                  <h3>
                    {sectionLabel(current)} <span className={`merge-outcome ${current.outcome}`}>{outcomeLabel(tr, current.outcome)}</span>
                  </h3>
                  {current.changes.length > 0 && <p>{describeChanges(tr, current.changes)}</p>}
                  {current.notes.map((n) => (
                    <p key={JSON.stringify(n)} className="merge-note">
                      {describeNote(tr, n)}
                    </p>
                  ))}
                  {current.conflicts.length > 0 && (
                    <>
                      <div className="merge-section-actions">
                        <button type="button" className="btn btn-small" onClick={() => settleAll('theirs', current.id)} data-testid="merge-section-theirs">
                          {t('merge.theirsForRest')}
                        </button>
                        <button type="button" className="btn btn-small" onClick={() => settleAll('mine', current.id)} data-testid="merge-section-mine">
                          {t('merge.mineForRest')}
                        </button>
                      </div>
                      <ConflictPanel key={current.id} section={current} picks={picks[current.id] ?? {}} onPick={(conflictId, pick) => setPicks((p) => withPick(p, current.id, conflictId, pick))} />
                    </>
                  )}
                </>
              )}
            </div>
          </div>
          <footer className="merge-footer">
            <span className="merge-left" data-testid="merge-left">
              {left === 0 ? t('merge.allResolved') : t('merge.left', { count: left })}
            </span>
            {left > 0 && (
              <button type="button" className="btn" onClick={nextConflict} data-testid="merge-next">
                {t('merge.next')}
              </button>
            )}
            <button type="button" className="btn" onClick={() => onDone?.(null)} data-testid="merge-cancel">
              {t('common.cancel')}
            </button>
            <button type="button" className="btn btn-primary" disabled={left > 0 || busy !== null} onClick={() => void apply()} data-testid="merge-apply">
              {busy === 'apply' ? t('merge.merging') : t('merge.apply')}
            </button>
          </footer>
        </>
      )}
    </div>
  );
}
