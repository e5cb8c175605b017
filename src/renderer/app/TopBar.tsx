import type { AppStatus } from '../../shared/api';
import type { OpenProject } from '../../shared/models';
import type { SaveState } from '../features/workbench/session/section-doc';
import { COMMAND_IDS, commandSpec, commandTitleKey } from '../../shared/commands';
import type { MenuName } from '../../shared/commands';
import { useT } from '../i18n/I18nProvider';
import { commandTooltip, shortcutLabel, withShortcut } from './commands';
import type { CommandId } from './commands';
import { MenuButton } from './MenuButton';
import type { MenuItem } from './MenuButton';
import type { ViewId } from './extensions';
import type { MessageKey } from '../../core/i18n';
import { SettingsMenu } from './settings/SettingsMenu';
import type { Progress } from './use-project-actions';
import type { ExportRun } from '../features/publish/use-export-actions';
import './top-bar.css';

interface TopBarProps {
  status: AppStatus;
  setStatus(s: AppStatus): void;
  project: OpenProject;
  saveState: SaveState | null;
  progress: Progress | null;
  exportRun: ExportRun | null;
  onCancelExport(): void;
  lastExport: { outDir: string; count: number } | null;
  views: { id: ViewId; label: string }[];
  view: ViewId;
  hasHistory: boolean;
  historyOpen: boolean;
  run(id: CommandId): void;
  onDismissExport(): void;
}

const SAVE_TEXT: Record<SaveState['kind'], MessageKey> = {
  saved: 'shell.save.saved',
  dirty: 'shell.save.dirty',
  saving: 'shell.save.saving',
  error: 'shell.save.error',
  conflict: 'shell.save.conflict',
};

// Test ids the e2e page objects know the commands by.
const TEST_IDS: Partial<Record<CommandId, string>> = { 'open-project': 'btn-open', 'new-project': 'btn-new' };

/** The native menu's label without its access-key marker (`&File` → `File`). */
const menuLabel = (label: string) => label.replace('&', '');

export function TopBar({ status, setStatus, project, saveState, progress, exportRun, onCancelExport, lastExport, views, view, hasHistory, historyOpen, run, onDismissExport }: TopBarProps) {
  const ro = project.readOnly;
  const { t } = useT();
  const saveText = saveState ? ('message' in saveState ? t('shell.save.withMessage', { state: t(SAVE_TEXT[saveState.kind]), message: saveState.message }) : t(SAVE_TEXT[saveState.kind])) : '';
  // The menus hold what the native menu bar holds (src/shared/commands.ts), one group after another.
  const menuItems = (menu: MenuName): MenuItem[] => {
    const ids = COMMAND_IDS.filter((id) => commandSpec(id).menu?.menu === menu && (menu !== 'view' || !id.startsWith('show-') || id === 'show-history'));
    return ids.map((id, i) => ({
      key: id,
      label: t(commandTitleKey(id)),
      hint: shortcutLabel(id),
      title: id === 'export-folder' && status.settings.exportDir ? status.settings.exportDir : undefined,
      disabled: ro && commandSpec(id).writes === true,
      testId: TEST_IDS[id] ?? `btn-${id}`,
      groupStart: i > 0 && commandSpec(ids[i - 1]).menu?.group !== commandSpec(id).menu?.group,
      run: () => run(id),
    }));
  };
  const viewCommand: Record<ViewId, CommandId> = { workbench: 'show-workbench', library: 'show-library', dashboard: 'show-dashboard', merge: 'show-merge' };
  return (
    <header className="topbar" data-focus-region="topbar">
      <div className="topbar-row">
        <div className="project-name" title={project.path} data-testid="project-name">
          <span className="app-mark" aria-hidden="true">▦</span>
          <span className="project-title">{project.info.name}</span>
          {project.demo && <span className="chip chip-demo" data-testid="badge-demo">{t('shell.badge.demo')}</span>}
          {ro && (
            <span className="chip chip-readonly" title={project.readOnlyReason} data-testid="badge-readonly">
              {project.readOnlyReason ? t('shell.badge.readOnlyBecause', { reason: project.readOnlyReason }) : t('shell.badge.readOnly')}
            </span>
          )}
        </div>
        {views.length > 1 && (
          <nav className="view-switcher" aria-label={t('shell.views')}>
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
        <div className="toolbar">
          <MenuButton label={menuLabel(t('menu.file'))} items={menuItems('file')} testId="menu-file" />
          <MenuButton label={menuLabel(t('menu.export'))} items={menuItems('export')} testId="menu-export" />
          <MenuButton label={menuLabel(t('menu.view'))} items={menuItems('view')} testId="menu-view" />
          {hasHistory && (
            <button
              type="button"
              className={historyOpen ? 'btn btn-bar active' : 'btn btn-bar'}
              aria-pressed={historyOpen}
              title={commandTooltip('show-history', t)}
              onClick={() => run('show-history')}
              data-testid="btn-history"
            >
              {t('shell.history')}
            </button>
          )}
        </div>
        <SettingsMenu status={status} setStatus={setStatus} />
        <div className={`save-state save-${saveState?.kind ?? 'none'}`} data-testid="save-state" data-state={saveState?.kind ?? 'none'} title={saveState && 'message' in saveState ? saveState.message : undefined}>
          {ro ? t('shell.save.readOnly') : saveText}
        </div>
      </div>
      {progress && (
        <div className="progress-row" data-testid="progress">
          <span>
            {t(progress.label)}
            {progress.total > 0 ? ` ${t('shell.progress.count', { done: progress.done, total: progress.total })}` : '…'}
          </span>
          <progress max={progress.total || undefined} value={progress.total ? progress.done : undefined} />
        </div>
      )}
      {exportRun && (
        <div className="progress-row" data-testid="export-progress" role="status">
          <span>{exportRun.total > 0 ? t('export.progress', { done: exportRun.done, total: exportRun.total }) : t('export.progressStarting')}</span>
          <progress max={exportRun.total || undefined} value={exportRun.total ? exportRun.done : undefined} aria-label={t('export.title')} />
          <button type="button" className="btn btn-small" onClick={onCancelExport} data-testid="export-cancel">
            {t('export.cancel')}
          </button>
        </div>
      )}
      {!progress && !exportRun && lastExport && (
        <div className="progress-row done" data-testid="export-done">
          <span>{t('export.done', { count: lastExport.count, folder: lastExport.outDir })}</span>
          <button type="button" className="icon-btn" aria-label={t('common.close')} onClick={onDismissExport}>
            ×
          </button>
        </div>
      )}
    </header>
  );
}
