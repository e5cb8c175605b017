import type { OpenProject } from '../models';
import type { Settings } from './app';

/** Events the backend pushes to every connected renderer. Named `on…` on the client. */
export interface ApiEvents {
  sectionChanged: { id: string; revision: number; deleted?: boolean };
  treeChanged: Record<string, never>;
  projectChanged: { project: OpenProject | null };
  /** Settings changed (e.g. the interface language): every window and the native menu follow. */
  settingsChanged: { settings: Settings };
  exportProgress: { done: number; total: number; outDir: string };
  importProgress: { done: number; total: number };
  /** A request from a native menu (Electron) for the renderer to act, e.g. `export-section-md`. */
  menuCommand: { command: MenuCommand };
}

export type MenuCommand =
  | 'open-project'
  | 'new-project'
  | 'save-copy'
  | 'import-reports'
  | 'import-decisions'
  | 'export-section-md'
  | 'export-section-html'
  | 'export-project-md'
  | 'export-project-html'
  | 'merge-project'
  | 'show-workbench'
  | 'show-dashboard'
  | 'show-library'
  | 'show-history';

export type ApiEventName = keyof ApiEvents;
