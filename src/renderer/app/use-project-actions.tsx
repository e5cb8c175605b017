import { useCallback, useEffect, useEffectEvent, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { AppStatus } from '../../shared/api';
import type { AppError, ImportProblem, Result } from '../../shared/models';
import type { MessageKey, Translator } from '../../core/i18n';
import { getClient } from '../api';
import { useTransferDialogs } from '../features/transfer/TransferDialogs';
import { useT } from '../i18n/I18nProvider';
import { useDialogs } from './dialogs';
import type { PathRequest } from './dialogs';
import { ImportPreview } from './ImportPreview';
import { editSession, flushAll } from './flush';
import type { UnsavedEdit } from './flush';
import { followOpenRequests, guardedSwitch } from './project-switch';
import { unsavedBlocking } from './unsaved-guard';
import type { UnsavedAnswer } from './project-switch';
import { useToasts } from './toasts';

export interface Progress {
  label: MessageKey;
  done: number;
  total: number;
}

export interface ProjectActions {
  openProject(): Promise<void>;
  closeProject(): Promise<void>;
  newProject(): Promise<void>;
  saveCopy(): Promise<void>;
  importReports(): Promise<void>;
  importDecisions(): Promise<void>;
  progress: Progress | null;
}

/** What an import did: one line of counts, then the files it could not take, each with its reason. */
function showImportSummary(
  dialogs: ReturnType<typeof useDialogs>,
  tr: Translator,
  title: string,
  counts: ReactNode,
  problems: readonly ImportProblem[],
  numbers: Record<string, number>,
): Promise<string | null> {
  // The numbers also as data attributes, for scripts and tests that must not parse words.
  const data = Object.fromEntries(Object.entries(numbers).map(([k, v]) => [`data-${k}`, v]));
  return dialogs.askChoice({
    title,
    wide: true,
    message: (
      <div data-testid="import-summary" {...data}>
        <p>{counts}</p>
        {problemList(tr, problems)}
      </div>
    ),
    choices: [{ id: 'ok', label: tr.t('shell.dialog.ok'), primary: true }],
    cancelLabel: null,
  });
}

/** Counts with their numbers in bold (`<b>`), and the count of failures in red (`<bad>`). */
function importCounts(tr: Translator, key: MessageKey, values: Record<string, number>, bad: number): ReactNode {
  return tr.rich<ReactNode>(key, {
    ...values,
    b: (c) => <strong key={`b${String(c)}`}>{c}</strong>,
    bad: (c) => (
      <strong key="bad" className={bad > 0 ? 'text-error' : ''}>
        {c}
      </strong>
    ),
  });
}

function problemList(tr: Translator, problems: readonly ImportProblem[]) {
  if (problems.length === 0) return null;
  return (
    <ul className="problem-list" data-testid="import-problems">
      {problems.slice(0, 50).map((p, i) => (
        <li key={i}>
          <code>
            {p.file}
            {p.line !== undefined ? `:${p.line}` : ''}
          </code>{' '}
          — {p.message}
        </li>
      ))}
      {problems.length > 50 && <li>{tr.t('shell.import.more', { count: problems.length - 50 })}</li>}
    </ul>
  );
}

/** The question before a switch that would leave edits behind: keep them as drafts, discard them, or stay. */
async function askAboutUnsaved(dialogs: ReturnType<typeof useDialogs>, tr: Translator, unsaved: UnsavedEdit[]): Promise<UnsavedAnswer> {
  const { t } = tr;
  const answer = await dialogs.askChoice({
    title: t('switching.unsaved.title', { count: unsaved.length }),
    wide: true,
    message: (
      <div data-testid="unsaved-edits" data-count={unsaved.length}>
        <p>{t('switching.unsaved.body', { count: unsaved.length })}</p>
        <ul className="problem-list">
          {unsaved.map((u) => (
            <li key={u.id}>
              <strong>{u.label}</strong>
              {u.reason ? ` — ${u.reason}` : ''}
            </li>
          ))}
        </ul>
        <p>{t('switching.unsaved.explain')}</p>
      </div>
    ),
    choices: [
      { id: 'keep', label: t('switching.unsaved.keep'), primary: true },
      { id: 'discard', label: t('switching.unsaved.discard', { count: unsaved.length }), danger: true },
    ],
    cancelLabel: t('switching.unsaved.stay'),
  });
  return answer === 'keep' || answer === 'discard' ? answer : null;
}

/** Open / new / import, through native pickers (Electron) or path fields (browser); exports are in features/publish. */
export function useProjectActions(status: AppStatus, refresh: () => Promise<void>): ProjectActions {
  const dialogs = useDialogs();
  const toasts = useToasts();
  const tr = useT();
  const { t } = tr;
  const [progress, setProgress] = useState<Progress | null>(null);
  const native = status.nativeDialogs;
  const uploads = status.uploads;
  const transfer = useTransferDialogs();
  const client = getClient();

  useEffect(() => {
    const offs = [
      client.on('importProgress', ({ done, total }) => setProgress({ label: 'shell.progress.importing', done, total })),
    ];
    return () => offs.forEach((off) => off());
  }, [client]);

  /**
   * A native picker when there is one; in the browser host an upload (it reaches no other
   * files); else the in-app path field. A cancel gives null.
   */
  const pick = useCallback(
    async <T,>(nativeCall: () => Promise<T | null>, fallback: () => Promise<T | null>, upload?: () => Promise<T | null>): Promise<T | null> =>
      native ? nativeCall() : uploads && upload ? upload() : fallback(),
    [native, uploads],
  );

  /** One path: the native picker, else the path field (remembered under `req.rememberKey`), else an upload. */
  const pickPath = useCallback(
    (nativeCall: () => Promise<string | null>, req: PathRequest, upload?: () => Promise<string | null>) =>
      pick(nativeCall, async () => (await dialogs.askPath(req))?.[0] ?? null, upload),
    [pick, dialogs],
  );

  /** The end of an import: its failure as a toast, or its summary (the last count, of failures, in red). */
  const reportImport = useCallback(
    async <T,>(res: Result<T>, title: MessageKey, counts: MessageKey, summary: (value: T) => { numbers: Record<string, number>; problems: readonly ImportProblem[] }) => {
      setProgress(null);
      if (!res.ok) {
        toasts.error(res.error, tr.t('shell.import.failed'));
        return;
      }
      const { numbers, problems } = summary(res.value);
      await showImportSummary(dialogs, tr, tr.t(title), importCounts(tr, counts, numbers, problems.length), problems, numbers);
    },
    [dialogs, toasts, tr],
  );

  const callDialog = useCallback(
    async <T,>(res: Promise<{ ok: true; value: T } | { ok: false; error: AppError }>): Promise<T | null> => {
      const r = await res;
      if (r.ok) return r.value;
      toasts.error(r.error);
      return null;
    },
    [toasts],
  );

  /** Makes a switch once the open edits are saved or the person said what becomes of them. */
  const switchWith = useCallback(
    <T,>(run: () => Promise<Result<T>>) =>
      guardedSwitch(
        {
          session: editSession(),
          ask: (unsaved) => askAboutUnsaved(dialogs, tr, unsaved),
          keepFailed: () => toasts.show('error', tr.t('switching.unsaved.keepFailed')),
        },
        run,
      ),
    [dialogs, tr, toasts],
  );

  const openPath = useCallback(
    async (path: string) => {
      const res = await switchWith(() => client.call('project.open', { path }));
      if (!res) return;
      if (!res.ok) {
        toasts.error(res.error, t('shell.openProject.failed'));
        return;
      }
      await refresh();
      toasts.show('success', t('shell.openProject.done', { name: res.value.info.name, readOnly: res.value.readOnly ? 'yes' : 'no' }));
    },
    [client, refresh, toasts, t, switchWith],
  );

  // A project the system asked for (Open recent, a second launch, macOS open-file) is
  // opened like any other: after the edits are saved. Asked for while a dialog is open, it
  // waits for that dialog; taken once this view is up, in case it came while loading.
  const openRequested = useEffectEvent(async (path: string) => openPath(path));
  useEffect(() => followOpenRequests(client, (path) => openRequested(path)), [client]);

  const openProject = useCallback(async () => {
    const path = await pickPath(
      () => callDialog(client.call('dialogs.openProject', { title: t('shell.openProject.title') })),
      { title: t('shell.openProject.title'), label: t('shell.openProject.label'), rememberKey: 'open-project', okLabel: t('shell.openProject.ok') },
      () => transfer.askProject(),
    );
    if (path) await openPath(path);
  }, [pickPath, callDialog, client, openPath, transfer, t]);

  const closeProject = useCallback(async () => {
    const res = await switchWith(() => client.call('project.close', {}));
    if (!res) return;
    if (!res.ok) toasts.error(res.error, t('shell.closeProject.failed'));
    else await refresh();
  }, [client, refresh, toasts, t, switchWith]);

  const newProject = useCallback(async () => {
    const initial = native ? await callDialog(client.call('dialogs.saveProject', { title: t('shell.newProject.title') })) : undefined;
    if (initial === null) return;
    const req = await dialogs.askNewProject(initial, { inWorkspace: uploads });
    if (!req) return;
    const res = await switchWith(() =>
      client.call('project.create', {
        path: req.path,
        name: req.name,
        government: req.government || undefined,
        termStart: req.termStart || null,
        termEnd: req.termEnd || null,
      }),
    );
    if (!res) return;
    if (!res.ok) {
      toasts.error(res.error, t('shell.newProject.failed'));
      return;
    }
    await refresh();
    toasts.show('success', t('shell.newProject.done', { name: res.value.info.name }));
  }, [native, uploads, callDialog, client, dialogs, refresh, toasts, t, switchWith]);

  const saveCopy = useCallback(async () => {
    const path = await pickPath(
      () => callDialog(client.call('dialogs.saveProject', { title: t('shell.saveCopy.title') })),
      { title: t('shell.saveCopy.pathTitle'), label: t('shell.saveCopy.label'), rememberKey: 'save-copy', okLabel: t('shell.saveCopy.ok') },
    );
    if (!path) return;
    await flushAll();
    const res = await client.call('project.saveCopy', { path });
    if (res.ok) toasts.show('success', t('shell.saveCopy.done', { path: res.value.path }));
    else toasts.error(res.error, t('shell.saveCopy.failed'));
  }, [pickPath, callDialog, client, toasts, t]);

  const importReports = useCallback(async () => {
    const paths = await pick(
      async () => {
        const kind = await dialogs.askChoice({
          title: t('shell.importReports.dialogTitle'),
          message: t('shell.importReports.question'),
          choices: [
            { id: 'folder', label: t('shell.importReports.folder'), primary: true },
            { id: 'files', label: t('shell.importReports.files') },
          ],
        });
        if (kind === 'folder') {
          const dir = await callDialog(client.call('dialogs.pickFolder', { title: t('shell.importReports.folderTitle') }));
          return dir ? [dir] : null;
        }
        if (kind === 'files') {
          const files = await callDialog(
            client.call('dialogs.pickFiles', { title: t('shell.importReports.filesTitle'), multiple: true, filters: [{ name: t('shell.importReports.filter'), extensions: ['md'] }] }),
          );
          return files && files.length > 0 ? files : null;
        }
        return null;
      },
      () =>
        dialogs.askPath({
          title: t('shell.importReports.dialogTitle'),
          label: t('shell.importReports.label'),
          hint: t('shell.importReports.hint'),
          rememberKey: 'import-reports',
          okLabel: t('shell.import.ok'),
          multiple: true,
        }),
      () =>
        transfer.askUpload({ kind: 'reports', title: t('transfer.reports.title'), hint: t('transfer.reports.hint'), folders: true, multiple: true, accept: '.md' }),
    );
    if (!paths) return;
    // An import may replace open sections: what was typed is saved first, or nothing is imported.
    const blocked = await unsavedBlocking(t);
    if (blocked) {
      toasts.show('error', blocked);
      return;
    }
    setProgress({ label: 'shell.progress.importing', done: 0, total: 0 });
    // Sections the files would replace are shown first, and replaced only when the person says so.
    const preview = await client.call('import.preview', { paths });
    let replace = true;
    if (preview.ok && preview.value.replaced.length > 0) {
      setProgress(null);
      const p = preview.value;
      const choice = await dialogs.askChoice({
        title: t('importing.preview.title'),
        wide: true,
        message: <ImportPreview preview={p} />,
        choices: [
          { id: 'replace', label: t('importing.preview.replace', { count: p.replaced.length }), primary: true },
          ...(p.created.length > 0 ? [{ id: 'only-new', label: t('importing.preview.onlyNew') }] : []),
        ],
      });
      if (!choice) return;
      replace = choice === 'replace';
      setProgress({ label: 'shell.progress.importing', done: 0, total: 0 });
    }
    const res = await client.call('import.reports', { paths, replace });
    await reportImport(res, 'shell.importReports.done', 'shell.importReports.counts', (r) => ({
      numbers: { created: r.created, updated: r.updated, unchanged: r.unchanged, failed: r.failed.length },
      problems: r.failed,
    }));
  }, [pick, dialogs, callDialog, client, toasts, transfer, reportImport, t]);

  const importDecisions = useCallback(async () => {
    const path = await pickPath(
      async () => {
        const files = await callDialog(
          client.call('dialogs.pickFiles', { title: t('shell.importDecisions.fileTitle'), filters: [{ name: t('shell.importDecisions.filter'), extensions: ['jsonl', 'csv'] }] }),
        );
        return files?.[0] ?? null;
      },
      { title: t('shell.importDecisions.dialogTitle'), label: t('shell.importDecisions.label'), rememberKey: 'import-decisions', okLabel: t('shell.import.ok') },
      async () =>
        (await transfer.askUpload({ kind: 'decisions', title: t('transfer.decisions.title'), hint: t('transfer.decisions.hint'), accept: '.jsonl,.csv' }))?.[0] ?? null,
    );
    if (!path) return;
    setProgress({ label: 'shell.progress.importing', done: 0, total: 0 });
    const res = await client.call('import.decisions', { path });
    await reportImport(res, 'shell.importDecisions.done', 'shell.importDecisions.counts', (r) => ({
      numbers: { inserted: r.inserted, updated: r.updated, skipped: r.skipped.length },
      problems: r.skipped,
    }));
  }, [pickPath, callDialog, client, transfer, reportImport, t]);

  return useMemo(
    () => ({ openProject, closeProject, newProject, saveCopy, importReports, importDecisions, progress }),
    [openProject, closeProject, newProject, saveCopy, importReports, importDecisions, progress],
  );
}
