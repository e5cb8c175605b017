// Exports as a person starts them: the Export dialog (or a shortcut that repeats a choice),
// then either a browser download (browser host) or files in the remembered folder
// (desktop), with progress and a Stop button; PDF by Chromium's own printToPDF on the
// desktop and by the browser's print dialog in the browser host.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { AppStatus } from '../../../shared/api';
import type { Language } from '../../../core/i18n';
import type { ExportFormat } from '../../../shared/models';
import { getClient } from '../../api';
import { useDialogs } from '../../app/dialogs';
import { flushAll } from '../../app/flush';
import { useToasts } from '../../app/toasts';
import { useT } from '../../i18n/I18nProvider';
import { ExportDialog } from './ExportDialog';
import type { ExportChoice, ExportScope } from './ExportDialog';

export interface ExportRun {
  jobId: string;
  done: number;
  total: number;
}

export interface ExportActions {
  openDialog(initial?: Partial<ExportChoice>): void;
  /** Exports straight away (shortcuts and menu items that name a format). */
  exportNow(format: ExportFormat, scope: ExportScope): Promise<void>;
  chooseFolder(): Promise<string | null>;
  /** "Save a copy" as a download; false when this host saves copies to a path instead. */
  downloadCopy(): Promise<boolean>;
  running: ExportRun | null;
  cancel(): void;
  lastExport: { outDir: string; count: number } | null;
  dismissLast(): void;
  /** The dialog, when open; render it anywhere. */
  element: ReactNode;
}

const newJobId = () => crypto.randomUUID().replaceAll('-', '');
// A prepared download the browser never fetched (blocked, or the tab closed) stops showing progress.
const DOWNLOAD_START_MS = 30_000;

export function useExportActions(status: AppStatus, setStatus: (s: AppStatus) => void, sectionId: string | null): ExportActions {
  const client = getClient();
  const dialogs = useDialogs();
  const toasts = useToasts();
  const { t } = useT();
  const [running, setRunning] = useState<ExportRun | null>(null);
  const [lastExport, setLastExport] = useState<{ outDir: string; count: number } | null>(null);
  const [dialog, setDialog] = useState<{ initial: ExportChoice; sectionName: string | null } | null>(null);
  const lastChoice = useRef<ExportChoice>({ format: 'docx', scope: 'section' });
  const current = useRef<string | null>(null);
  const project = status.project;

  useEffect(
    () =>
      client.on('exportProgress', ({ done, total, jobId }) => {
        if (!jobId || jobId !== current.current) return;
        setRunning({ jobId, done, total });
        // A download ends when its last file is produced; a folder export when its call returns.
        if (status.downloads && done === total) {
          current.current = null;
          setTimeout(() => setRunning((r) => (r?.jobId === jobId ? null : r)), 600);
        }
      }),
    [client, status.downloads],
  );

  const chooseFolder = useCallback(async (): Promise<string | null> => {
    const dir = status.nativeDialogs
      ? await client.call('dialogs.pickFolder', { title: t('export.folderTitle'), defaultPath: status.settings.exportDir ?? undefined }).then((r) => {
          if (r.ok) return r.value;
          toasts.error(r.error);
          return null;
        })
      : ((await dialogs.askPath({ title: t('export.folderTitle'), label: t('export.folderLabel'), hint: t('export.folderHint'), rememberKey: 'export-dir', okLabel: t('export.useFolder') }))?.[0] ?? null);
    if (!dir) return null;
    const res = await client.call('settings.set', { exportDir: dir });
    if (!res.ok) {
      toasts.error(res.error, t('export.failed'));
      return null;
    }
    setStatus({ ...status, settings: res.value });
    return res.value.exportDir;
  }, [client, dialogs, status, setStatus, t, toasts]);

  const exportNow = useCallback(
    async (format: ExportFormat, scope: ExportScope) => {
      if (scope === 'section' && !sectionId) {
        toasts.show('info', t('export.scope.noSection'));
        return;
      }
      lastChoice.current = { format, scope };
      await flushAll();
      const target = scope === 'section' ? { sectionId: sectionId! } : {};
      if (status.downloads) {
        if (format === 'pdf') {
          const res = await client.call('export.printPage', { sectionId: sectionId! });
          if (!res.ok) return toasts.error(res.error, t('export.failed'));
          client.download?.(res.value);
          toasts.show('info', t('export.printOpened'));
          return;
        }
        const jobId = newJobId();
        const res = await client.call('export.download', { format, jobId, ...target });
        if (!res.ok) return toasts.error(res.error, t('export.failed'));
        current.current = jobId;
        setRunning({ jobId, done: 0, total: 0 });
        client.download?.(res.value);
        toasts.show('info', t('export.downloading', { file: res.value.fileName }));
        setTimeout(() => setRunning((r) => (r?.jobId === jobId && r.total === 0 ? null : r)), DOWNLOAD_START_MS);
        return;
      }
      const outDir = status.settings.exportDir ?? (await chooseFolder());
      if (!outDir) return;
      const jobId = newJobId();
      current.current = jobId;
      setRunning({ jobId, done: 0, total: 0 });
      const res = await client.call('export.run', { format, outDir, jobId, ...target });
      current.current = null;
      setRunning(null);
      if (!res.ok) {
        if (res.error.code === 'cancelled') toasts.show('info', t('export.cancelled'));
        else toasts.error(res.error, t('export.failed'));
        return;
      }
      setLastExport({ outDir: res.value.outDir, count: res.value.files.length });
      toasts.show('success', t('export.done', { count: res.value.files.length, folder: res.value.outDir }));
    },
    [client, sectionId, status, chooseFolder, t, toasts],
  );

  const cancel = useCallback(() => {
    const jobId = current.current;
    if (!jobId) return;
    void client.call('export.cancel', { jobId });
    if (status.downloads) {
      current.current = null;
      setRunning(null);
      toasts.show('info', t('export.cancelled'));
    }
  }, [client, status.downloads, t, toasts]);

  const openDialog = useCallback(
    (initial?: Partial<ExportChoice>) => {
      void (async () => {
        let sectionName: string | null = null;
        if (sectionId) {
          const res = await client.call('sections.get', { id: sectionId });
          if (res.ok) sectionName = res.value.heading.trim() || res.value.name;
        }
        setDialog({ initial: { ...lastChoice.current, ...initial }, sectionName });
      })();
    },
    [client, sectionId],
  );

  const downloadCopy = useCallback(async (): Promise<boolean> => {
    if (!status.downloads) return false;
    await flushAll();
    const res = await client.call('project.downloadCopy', {});
    if (!res.ok) toasts.error(res.error, t('export.copyFailed'));
    else {
      client.download?.(res.value);
      toasts.show('info', t('export.copyDownloading', { file: res.value.fileName }));
    }
    return true;
  }, [client, status.downloads, t, toasts]);

  const setLanguage = useCallback(
    async (language: Language) => {
      const res = await client.call('project.update', { language });
      if (!res.ok) toasts.error(res.error, t('export.failed'));
      else setStatus({ ...status, project: res.value });
    },
    [client, status, setStatus, t, toasts],
  );

  const element = useMemo(
    () =>
      dialog && project ? (
        <ExportDialog
          initial={dialog.initial}
          sectionName={dialog.sectionName}
          sectionCount={project.sectionCount}
          language={project.info.language}
          languageEditable={!project.readOnly}
          where={status.downloads ? { kind: 'download' } : { kind: 'folder', folder: status.settings.exportDir }}
          pdfByPrinting={!status.pdfExport}
          onLanguage={(l) => void setLanguage(l)}
          onChangeFolder={() => void chooseFolder()}
          onCancel={() => setDialog(null)}
          onRun={(choice) => {
            setDialog(null);
            void exportNow(choice.format, choice.scope);
          }}
        />
      ) : null,
    [dialog, project, status, setLanguage, chooseFolder, exportNow],
  );

  const dismissLast = useCallback(() => setLastExport(null), []);
  return useMemo(
    () => ({ openDialog, exportNow, chooseFolder, downloadCopy, running, cancel, lastExport, dismissLast, element }),
    [openDialog, exportNow, chooseFolder, downloadCopy, running, cancel, lastExport, dismissLast, element],
  );
}
