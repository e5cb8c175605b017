import type { AppStatus } from '../../shared/api';
import type { OpenProject } from '../../shared/models';
import type { SaveState } from '../features/workbench/session/section-doc';
import { withShortcut } from './commands';
import type { CommandId } from './commands';
import type { ViewId } from './extensions';
import { SettingsMenu } from './settings/SettingsMenu';
import type { Progress } from './use-project-actions';
import './top-bar.css';

interface TopBarProps {
  status: AppStatus;
  setStatus(s: AppStatus): void;
  project: OpenProject;
  saveState: SaveState | null;
  progress: Progress | null;
  lastExport: { outDir: string; count: number } | null;
  exportDir: string | null;
  views: { id: ViewId; label: string }[];
  view: ViewId;
  hasHistory: boolean;
  historyOpen: boolean;
  run(id: CommandId): void;
  onDismissExport(): void;
}

const SAVE_TEXT: Record<SaveState['kind'], string> = {
  saved: 'Saved',
  dirty: 'Unsaved changes',
  saving: 'Saving…',
  error: 'Error',
  conflict: 'Conflict',
};

function Btn({ id, label, title, run, testId, disabled }: { id: CommandId; label: string; title: string; run(id: CommandId): void; testId: string; disabled?: boolean }) {
  return (
    <button type="button" className="btn btn-bar" title={withShortcut(title, id)} data-testid={testId} disabled={disabled} onClick={() => run(id)}>
      {label}
    </button>
  );
}

export function TopBar({ status, setStatus, project, saveState, progress, lastExport, exportDir, views, view, hasHistory, historyOpen, run, onDismissExport }: TopBarProps) {
  const ro = project.readOnly;
  const viewCommand: Record<ViewId, CommandId> = { workbench: 'show-workbench', library: 'show-library', dashboard: 'show-dashboard', merge: 'show-merge' };
  return (
    <header className="topbar">
      <div className="topbar-row">
        <div className="project-name" title={project.path} data-testid="project-name">
          <span className="app-mark" aria-hidden="true">▦</span>
          <span className="project-title">{project.info.name}</span>
          {project.demo && <span className="chip chip-demo" data-testid="badge-demo">demo</span>}
          {ro && (
            <span className="chip chip-readonly" title={project.readOnlyReason} data-testid="badge-readonly">
              read-only{project.readOnlyReason ? `: ${project.readOnlyReason}` : ''}
            </span>
          )}
        </div>
        {views.length > 1 && (
          <nav className="view-switcher" aria-label="Views">
            {views.map((v) => (
              <button
                key={v.id}
                type="button"
                aria-current={view === v.id ? 'page' : undefined}
                className="view-tab"
                data-testid={`view-${v.id}`}
                title={withShortcut(v.label, viewCommand[v.id])}
                onClick={() => run(viewCommand[v.id])}
              >
                {v.label}
              </button>
            ))}
          </nav>
        )}
        <div className="toolbar" role="toolbar" aria-label="Project">
          <Btn id="open-project" label="Open…" title="Open a project" run={run} testId="btn-open" />
          <Btn id="new-project" label="New…" title="Create a new project" run={run} testId="btn-new" />
          <span className="sep" />
          <Btn id="import-reports" label="Import reports…" title="Import report files or folders" run={run} testId="btn-import-reports" disabled={ro} />
          <Btn id="import-decisions" label="Import decisions…" title="Import decisions (.jsonl/.csv) into the library" run={run} testId="btn-import-decisions" disabled={ro} />
          <span className="sep" />
          <span className="export-group" title={exportDir ? `Exports go to ${exportDir}` : 'The export folder is asked for on the first export'}>
            <span className="group-label">Export section</span>
            <Btn id="export-section-md" label="MD" title="Export this section as Markdown" run={run} testId="btn-export-section-md" />
            <Btn id="export-section-html" label="HTML" title="Export this section as HTML" run={run} testId="btn-export-section-html" />
            <span className="group-label">project</span>
            <Btn id="export-project-md" label="MD" title="Export every section as Markdown" run={run} testId="btn-export-project-md" />
            <Btn id="export-project-html" label="HTML" title="Export the project as a static website" run={run} testId="btn-export-project-html" />
            <Btn id="export-folder" label="Folder…" title={exportDir ? `Change the export folder (now ${exportDir})` : 'Choose the export folder'} run={run} testId="btn-export-folder" />
          </span>
          {hasHistory && (
            <button type="button" className={historyOpen ? 'btn btn-bar active' : 'btn btn-bar'} title={withShortcut('Show the history of this section', 'show-history')} onClick={() => run('show-history')} data-testid="btn-history">
              History
            </button>
          )}
        </div>
        <SettingsMenu status={status} setStatus={setStatus} />
        <div className={`save-state save-${saveState?.kind ?? 'none'}`} data-testid="save-state" data-state={saveState?.kind ?? 'none'} title={saveState && 'message' in saveState ? saveState.message : undefined} aria-live="polite">
          {ro ? 'Read-only' : saveState ? SAVE_TEXT[saveState.kind] + ('message' in saveState ? `: ${saveState.message}` : '') : ''}
        </div>
      </div>
      {progress && (
        <div className="progress-row" data-testid="progress">
          <span>
            {progress.label}
            {progress.total > 0 ? ` ${progress.done} / ${progress.total}` : '…'}
          </span>
          <progress max={progress.total || undefined} value={progress.total ? progress.done : undefined} />
        </div>
      )}
      {!progress && lastExport && (
        <div className="progress-row done" data-testid="export-done">
          Exported {lastExport.count} file{lastExport.count === 1 ? '' : 's'} to <code>{lastExport.outDir}</code>
          <button type="button" className="icon-btn" aria-label="Dismiss" onClick={onDismissExport}>
            ×
          </button>
        </div>
      )}
    </header>
  );
}
