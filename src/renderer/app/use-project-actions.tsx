import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { AppStatus } from '../../shared/api';
import type { ImportProblem } from '../../shared/models';
import { getClient } from '../api';
import { useTransferDialogs } from '../features/transfer/TransferDialogs';
import { useT } from '../i18n/I18nProvider';
import { useDialogs } from './dialogs';
import { ImportPreview } from './ImportPreview';
import { flushAll } from './flush';
import { useToasts } from './toasts';

export interface Progress {
  label: string;
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
function showImportSummary(dialogs: ReturnType<typeof useDialogs>, title: string, counts: ReactNode, problems: readonly ImportProblem[]): Promise<string | null> {
  return dialogs.askChoice({
    title,
    wide: true,
    message: (
      <div data-testid="import-summary">
        <p>{counts}</p>
        {problemList(problems)}
      </div>
    ),
    choices: [{ id: 'ok', label: 'OK', primary: true }],
    cancelLabel: null,
  });
}

function problemList(problems: readonly ImportProblem[]) {
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
      {problems.length > 50 && <li>… and {problems.length - 50} more</li>}
    </ul>
  );
}

/** Open / new / import, through native pickers (Electron) or path fields (browser); exports are in features/publish. */
export function useProjectActions(status: AppStatus, refresh: () => Promise<void>): ProjectActions {
  const dialogs = useDialogs();
  const toasts = useToasts();
  const [progress, setProgress] = useState<Progress | null>(null);
  const native = status.nativeDialogs;
  const uploads = status.uploads;
  const transfer = useTransferDialogs();
  const { t } = useT();
  const client = getClient();

  useEffect(() => {
    const offs = [
      client.on('importProgress', ({ done, total }) => setProgress({ label: 'Importing', done, total })),
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

  const callDialog = useCallback(
    async <T,>(res: Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>): Promise<T | null> => {
      const r = await res;
      if (r.ok) return r.value;
      toasts.error(r.error.message);
      return null;
    },
    [toasts],
  );

  const openPath = useCallback(
    async (path: string) => {
      await flushAll();
      const res = await client.call('project.open', { path });
      if (!res.ok) {
        toasts.error(res.error, 'Could not open the project');
        return;
      }
      await refresh();
      toasts.show('success', `Opened ${res.value.info.name}${res.value.readOnly ? ' (read-only)' : ''}`);
    },
    [client, refresh, toasts],
  );

  const openProject = useCallback(async () => {
    const path = await pick(
      () => callDialog(client.call('dialogs.openProject', { title: 'Open project' })),
      async () => (await dialogs.askPath({ title: 'Open project', label: 'Path of the project file (.pwb)', rememberKey: 'open-project', okLabel: 'Open' }))?.[0] ?? null,
      () => transfer.askProject(),
    );
    if (path) await openPath(path);
  }, [pick, callDialog, client, dialogs, openPath, transfer]);

  const closeProject = useCallback(async () => {
    await flushAll();
    const res = await client.call('project.close', {});
    if (!res.ok) toasts.error(res.error, 'Could not close the project');
    else await refresh();
  }, [client, refresh, toasts]);

  const newProject = useCallback(async () => {
    const initial = native ? await callDialog(client.call('dialogs.saveProject', { title: 'New project' })) : undefined;
    if (initial === null) return;
    const req = await dialogs.askNewProject(initial, { inWorkspace: uploads });
    if (!req) return;
    await flushAll();
    const res = await client.call('project.create', {
      path: req.path,
      name: req.name,
      government: req.government || undefined,
      termStart: req.termStart || null,
      termEnd: req.termEnd || null,
    });
    if (!res.ok) {
      toasts.error(res.error, 'Could not create the project');
      return;
    }
    await refresh();
    toasts.show('success', `Created ${res.value.info.name}`);
  }, [native, uploads, callDialog, client, dialogs, refresh, toasts]);

  const saveCopy = useCallback(async () => {
    const path = await pick(
      () => callDialog(client.call('dialogs.saveProject', { title: 'Save a copy' })),
      async () => (await dialogs.askPath({ title: 'Save a copy of the project', label: 'Path of the copy (.pwb)', rememberKey: 'save-copy', okLabel: 'Save copy' }))?.[0] ?? null,
    );
    if (!path) return;
    await flushAll();
    const res = await client.call('project.saveCopy', { path });
    if (res.ok) toasts.show('success', `Saved a copy to ${res.value.path}`);
    else toasts.error(res.error, 'Could not save the copy');
  }, [pick, callDialog, client, dialogs, toasts]);

  const importReports = useCallback(async () => {
    const paths = await pick(
      async () => {
        const kind = await dialogs.askChoice({
          title: 'Import reports',
          message: 'Import single report files, or a folder tree of reports (its folders become the section tree)?',
          choices: [
            { id: 'folder', label: 'A folder…', primary: true },
            { id: 'files', label: 'Files…' },
          ],
        });
        if (kind === 'folder') {
          const dir = await callDialog(client.call('dialogs.pickFolder', { title: 'Folder of reports' }));
          return dir ? [dir] : null;
        }
        if (kind === 'files') {
          const files = await callDialog(
            client.call('dialogs.pickFiles', { title: 'Report files', multiple: true, filters: [{ name: 'Reports', extensions: ['md'] }] }),
          );
          return files && files.length > 0 ? files : null;
        }
        return null;
      },
      () =>
        dialogs.askPath({
          title: 'Import reports',
          label: 'Report files or folders, one per line',
          hint: 'A folder is read with its subfolders; they become the section tree. Ctrl+Enter imports.',
          rememberKey: 'import-reports',
          okLabel: 'Import',
          multiple: true,
        }),
      () =>
        transfer.askUpload({ kind: 'reports', title: t('transfer.reports.title'), hint: t('transfer.reports.hint'), folders: true, multiple: true, accept: '.md' }),
    );
    if (!paths) return;
    await flushAll();
    setProgress({ label: 'Importing', done: 0, total: 0 });
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
      setProgress({ label: 'Importing', done: 0, total: 0 });
    }
    const res = await client.call('import.reports', { paths, replace });
    setProgress(null);
    if (!res.ok) {
      toasts.error(res.error, 'Import failed');
      return;
    }
    const r = res.value;
    await showImportSummary(
      dialogs,
      'Reports imported',
      <>
        <strong>{r.created}</strong> created, <strong>{r.updated}</strong> updated, <strong>{r.unchanged}</strong> unchanged,{' '}
        <strong className={r.failed.length > 0 ? 'text-error' : ''}>{r.failed.length}</strong> failed.
      </>,
      r.failed,
    );
  }, [pick, dialogs, callDialog, client, toasts, transfer, t]);

  const importDecisions = useCallback(async () => {
    const path = await pick(
      async () => {
        const files = await callDialog(
          client.call('dialogs.pickFiles', { title: 'Decisions file', filters: [{ name: 'Decisions', extensions: ['jsonl', 'csv'] }] }),
        );
        return files?.[0] ?? null;
      },
      async () =>
        (
          await dialogs.askPath({
            title: 'Import decisions',
            label: 'Path of a .jsonl or .csv file of decisions',
            rememberKey: 'import-decisions',
            okLabel: 'Import',
          })
        )?.[0] ?? null,
      async () =>
        (await transfer.askUpload({ kind: 'decisions', title: t('transfer.decisions.title'), hint: t('transfer.decisions.hint'), accept: '.jsonl,.csv' }))?.[0] ?? null,
    );
    if (!path) return;
    setProgress({ label: 'Importing', done: 0, total: 0 });
    const res = await client.call('import.decisions', { path });
    setProgress(null);
    if (!res.ok) {
      toasts.error(res.error, 'Import failed');
      return;
    }
    const r = res.value;
    await showImportSummary(
      dialogs,
      'Decisions imported',
      <>
        <strong>{r.inserted}</strong> added, <strong>{r.updated}</strong> updated,{' '}
        <strong className={r.skipped.length > 0 ? 'text-error' : ''}>{r.skipped.length}</strong> skipped.
      </>,
      r.skipped,
    );
  }, [pick, callDialog, client, dialogs, toasts, transfer, t]);

  return useMemo(
    () => ({ openProject, closeProject, newProject, saveCopy, importReports, importDecisions, progress }),
    [openProject, closeProject, newProject, saveCopy, importReports, importDecisions, progress],
  );
}
