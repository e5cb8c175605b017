import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { AppStatus } from '../../shared/api';
import type { OpenProject } from '../../shared/models';
import { getClient } from '../api';
import type { SectionDoc } from '../features/workbench/session/section-doc';
import { useDocVersion } from '../features/workbench/session/use-doc';
import { commandForKey, commandForMenu } from './commands';
import type { CommandId } from './commands';
import { DRAWERS, EXTRA_VIEWS } from './extensions';
import { flushAll, hasUnsavedChanges } from './flush';
import type { ViewContext, ViewId } from './extensions';
import { TopBar } from './TopBar';
import { useProjectActions } from './use-project-actions';
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
  const [view, setView] = useState<ViewId>('workbench');
  const [historyOpen, setHistoryOpen] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [doc, setDoc] = useState<SectionDoc | null>(null);
  const [focusFilter, setFocusFilter] = useState(0);
  useDocVersion(doc);
  const actions = useProjectActions(status, setStatus, refresh, selectedId);

  useEffect(() => setSelectedId(null), [project.path]);

  const views = [{ id: 'workbench' as const, label: 'Workbench' }, ...EXTRA_VIEWS.map((v) => ({ id: v.id, label: v.label }))];
  const drawer = DRAWERS[0];

  const run = useCallback(
    (id: CommandId) => {
      switch (id) {
        case 'open-project':
          return void actions.openProject();
        case 'new-project':
          return void actions.newProject();
        case 'save-copy':
          return void actions.saveCopy();
        case 'import-reports':
          return void actions.importReports();
        case 'import-decisions':
          return void actions.importDecisions();
        case 'export-section-md':
          return void actions.exportRun('md', 'section');
        case 'export-section-html':
          return void actions.exportRun('html', 'section');
        case 'export-project-md':
          return void actions.exportRun('md', 'project');
        case 'export-project-html':
          return void actions.exportRun('html', 'project');
        case 'export-folder':
          return void actions.chooseExportDir();
        case 'flush':
          return void flushAll();
        case 'focus-filter':
          setView('workbench');
          return setFocusFilter((n) => n + 1);
        case 'show-history':
          if (drawer) setHistoryOpen((o) => !o);
          return;
        case 'show-workbench':
          return setView('workbench');
        case 'show-library':
        case 'show-dashboard':
        case 'show-merge': {
          const target = id.slice('show-'.length) as ViewId;
          if (EXTRA_VIEWS.some((v) => v.id === target)) setView(target);
          return;
        }
      }
    },
    [actions, drawer],
  );

  // Latest `run` for listeners registered once.
  const runRef = useRef(run);
  runRef.current = run;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (document.querySelector('[aria-modal="true"]')) return;
      const id = commandForKey(e);
      if (!id) return;
      e.preventDefault();
      e.stopPropagation();
      runRef.current(id);
    };
    // Capture phase: the shortcuts work while Monaco has the focus.
    window.addEventListener('keydown', onKey, true);
    const offMenu = getClient().on('menuCommand', ({ command }) => {
      const id = commandForMenu(command);
      if (id) runRef.current(id);
    });
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
      window.removeEventListener('keydown', onKey, true);
      offMenu();
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  const openSection = useCallback((id: string | null) => {
    setSelectedId(id);
    if (id) setView('workbench');
  }, []);

  const ctx: ViewContext = { project, sectionId: selectedId, openSection: (id: string) => openSection(id) };
  const Extra = EXTRA_VIEWS.find((v) => v.id === view)?.component;
  const Drawer = drawer?.component;

  return (
    <div className="shell">
      <TopBar
        status={status}
        setStatus={setStatus}
        project={project}
        saveState={doc?.saveState ?? null}
        progress={actions.progress}
        lastExport={actions.lastExport}
        exportDir={status.settings.exportDir}
        views={views}
        view={view}
        hasHistory={!!drawer}
        historyOpen={historyOpen}
        run={run}
        onDismissExport={actions.dismissExport}
      />
      <div className="shell-body">
        <Suspense fallback={<div className="workbench-loading">Loading the editor…</div>}>
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
          <div className="extra-view">
            <Suspense fallback={<div className="workbench-loading">Loading…</div>}>
              <Extra {...ctx} />
            </Suspense>
          </div>
        )}
        {Drawer && historyOpen && (
          <aside className="drawer" aria-label={drawer.label}>
            <Suspense fallback={<div className="workbench-loading">Loading…</div>}>
              <Drawer {...ctx} onClose={() => setHistoryOpen(false)} />
            </Suspense>
          </aside>
        )}
      </div>
    </div>
  );
}
