import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { AppStatus } from '../../shared/api';
import { commandSpec } from '../../shared/commands';
import type { CommandId } from '../../shared/commands';
import type { OpenProject } from '../../shared/models';
import type { SectionDoc } from '../features/workbench/session/section-doc';
import { useDocVersion } from '../features/workbench/session/use-doc';
import { useCommandHandlers, useRunCommand } from './command-center';
import type { CommandHandlers } from './command-registry';
import { focusBodyEditor } from '../features/workbench/editor/editor-focus';
import { moveFocusRegion, trackRegionFocus } from './focus-regions';
import { useT } from '../i18n/I18nProvider';
import { Announcer } from './announcer';
import { useSaveAnnouncements } from './use-announcements';
import { useWindowTitle } from './use-window-title';
import { DRAWERS, EXTRA_VIEWS } from './extensions';
import { flushAll, hasUnsavedChanges } from './flush';
import { recallOpenSection, rememberOpenSection } from '../lib/open-section';
import type { ViewContext, ViewId } from './extensions';
import { IntegrityBanner } from '../features/integrity/IntegrityBanner';
import { TopBar } from './TopBar';
import { useProjectActions } from './use-project-actions';
import { useExportActions } from '../features/publish/use-export-actions';
import { useProjectInfo } from '../features/project/use-project-info';
import './shell.css';

// The editor (Monaco) is most of the code: it loads as its own chunk while the shell
// starts talking to the backend.
const Workbench = lazy(() => import('../features/workbench/Workbench').then((m) => ({ default: m.Workbench })));

interface ShellProps {
  status: AppStatus & { project: OpenProject };
  setStatus(s: AppStatus): void;
  refresh(): Promise<void>;
}

/** Top bar, view switcher, the workbench (always mounted, so its editor survives) and extra views. */
export function Shell({ status, setStatus, refresh }: ShellProps) {
  const project = status.project;
  const { t } = useT();
  const [view, setView] = useState<ViewId>('workbench');
  const [historyOpen, setHistoryOpen] = useState(false);
  // The selection belongs to one project: another project (or a reload) starts with the section last open in it.
  const [selection, setSelection] = useState<{ path: string; id: string | null }>(() => ({ path: project.path, id: recallOpenSection(project.path) }));
  if (selection.path !== project.path) setSelection({ path: project.path, id: recallOpenSection(project.path) });
  const selectedId = selection.path === project.path ? selection.id : null;
  const [doc, setDoc] = useState<SectionDoc | null>(null);
  const [focusFilter, setFocusFilter] = useState(0);
  useDocVersion(doc);
  useSaveAnnouncements(doc?.saveState ?? null);
  useWindowTitle(project.info.name, doc?.section ?? null);
  const actions = useProjectActions(status, refresh);
  const exports = useExportActions(status, setStatus, selectedId);
  const editProjectInfo = useProjectInfo(status, setStatus);

  const views = [{ id: 'workbench' as const, label: t('shell.view.workbench') }, ...EXTRA_VIEWS.map((v) => ({ id: v.id, label: t(v.label) }))];
  const drawer = DRAWERS[0];

  const handlers = useMemo(() => {
    const ro = project.readOnly;
    const hasView = (id: ViewId) => EXTRA_VIEWS.some((v) => v.id === id);
    const runs: Partial<Record<CommandId, () => unknown>> = {
      'open-project': actions.openProject,
      'new-project': actions.newProject,
      'close-project': actions.closeProject,
      'project-info': editProjectInfo,
      // The browser host hands a copy over as a download; the desktop writes it where asked.
      'save-copy': () =>
        exports.downloadCopy().then((handled) => {
          if (!handled) return actions.saveCopy();
        }),
      'import-reports': actions.importReports,
      'import-decisions': actions.importDecisions,
      export: () => exports.openDialog(),
      'publish-site': () => exports.openDialog({ format: 'site', scope: 'project' }),
      'export-section-pdf': () => exports.exportNow('pdf', 'section'),
      'export-section-md': () => exports.exportNow('md', 'section'),
      'export-section-html': () => exports.exportNow('html', 'section'),
      'export-project-md': () => exports.exportNow('md', 'project'),
      'export-project-html': () => exports.exportNow('html', 'project'),
      'export-folder': exports.chooseFolder,
      flush: flushAll,
      'focus-filter': () => {
        setView('workbench');
        setFocusFilter((n) => n + 1);
      },
      'show-workbench': () => setView('workbench'),
      'focus-next-region': () => moveFocusRegion(1, { enter: { editor: focusBodyEditor } }),
      'focus-previous-region': () => moveFocusRegion(-1, { enter: { editor: focusBodyEditor } }),
      ...(drawer ? { 'show-history': () => setHistoryOpen((o) => !o) } : {}),
      ...(hasView('library') ? { 'show-library': () => setView('library') } : {}),
      ...(hasView('dashboard') ? { 'show-dashboard': () => setView('dashboard') } : {}),
      ...(hasView('merge') ? { 'show-merge': () => setView('merge') } : {}),
    };
    const out: CommandHandlers = {};
    for (const [id, run] of Object.entries(runs) as [CommandId, () => unknown][]) {
      out[id] = { run, enabled: !(ro && commandSpec(id).writes) };
    }
    return out;
  }, [actions, exports, editProjectInfo, drawer, project.readOnly]);
  useCommandHandlers(handlers);
  const run = useRunCommand();

  useEffect(() => trackRegionFocus(), []);

  useEffect(() => {
    // Nothing typed may be lost when the window goes away.
    const flush = () => void flushAll();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    // With edits still unsaved, the close is held back until they are in the project file.
    // Electron cancels the close silently and we close again once saved; a browser asks
    // "leave the page?", and the keepalive save goes out either way.
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!hasUnsavedChanges()) return;
      e.preventDefault();
      e.returnValue = '';
      void flushAll().then(() => {
        if (window.pwb && !hasUnsavedChanges()) window.close();
      });
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  const openSection = useCallback((id: string | null) => {
    setSelection({ path: project.path, id });
    if (id) rememberOpenSection(project.path, id);
    if (id) setView('workbench');
  }, [project.path]);

  const ctx: ViewContext = { project, sectionId: selectedId, openSection: (id: string) => openSection(id) };
  const Extra = EXTRA_VIEWS.find((v) => v.id === view)?.component;
  const Drawer = drawer?.component;

  const viewLabel = views.find((v) => v.id === view)?.label ?? '';
  const skipToEditor = (e: React.MouseEvent) => {
    e.preventDefault();
    setView('workbench');
    // The workbench becomes visible on the next frame; then its editor can take the focus.
    requestAnimationFrame(() => focusBodyEditor());
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#section-body" onClick={skipToEditor} data-testid="skip-to-editor">
        {t('a11y.skipToEditor')}
      </a>
      <TopBar
        status={status}
        setStatus={setStatus}
        project={project}
        saveState={doc?.saveState ?? null}
        progress={actions.progress}
        exportRun={exports.running}
        onCancelExport={exports.cancel}
        lastExport={exports.lastExport}
        views={views}
        view={view}
        hasHistory={!!drawer}
        historyOpen={historyOpen}
        run={run}
        onDismissExport={exports.dismissLast}
      />
      <IntegrityBanner project={project} onOpenSection={openSection} />
      <div className="shell-body">
        <main className="shell-main">
        {/* Every view has a level-1 heading: the open section's title, or else the view's name. */}
        {(view !== 'workbench' || !doc) && <h1 className="sr-only">{viewLabel}</h1>}
        <Suspense fallback={<div className="workbench-loading">{t('shell.loadingEditor')}</div>}>
          <Workbench
            key={project.path}
            project={project}
            selectedId={selectedId}
            onSelect={openSection}
            onDocChange={setDoc}
            focusFilterSignal={focusFilter}
            hidden={view !== 'workbench'}
          />
        </Suspense>
        {Extra && (
          <div className="extra-view" data-focus-region="view">
            <Suspense fallback={<div className="workbench-loading">{t('shell.loading')}</div>}>
              {/* Keyed by the project: nothing a view loaded or chose outlives its project. */}
              <Extra key={project.path} {...ctx} />
            </Suspense>
          </div>
        )}
        </main>
        {Drawer && historyOpen && (
          <aside className="drawer" aria-label={t(drawer.label)} data-focus-region="drawer">
            <Suspense fallback={<div className="workbench-loading">{t('shell.loading')}</div>}>
              <Drawer key={project.path} {...ctx} onClose={() => setHistoryOpen(false)} />
            </Suspense>
          </aside>
        )}
      </div>
      <Announcer />
      {exports.element}
    </div>
  );
}
