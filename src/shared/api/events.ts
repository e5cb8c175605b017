import type { CommandId } from '../commands';
import type { OpenProject } from '../models';
import type { Settings } from './app';

/** Events the backend pushes to every connected renderer. Named `on…` on the client. */
export interface ApiEvents {
  sectionChanged: { id: string; revision: number; deleted?: boolean };
  treeChanged: Record<string, never>;
  projectChanged: { project: OpenProject | null };
  /** Settings changed (e.g. the interface language): every window and the native menu follow. */
  settingsChanged: { settings: Settings };
  /** `outDir` is the folder (desktop, CLI) or the download's file name (browser host). */
  exportProgress: { done: number; total: number; outDir: string; jobId?: string };
  importProgress: { done: number; total: number };
  /** A request from a native menu (Electron) for the renderer to run a command, e.g. `export-section-md`. */
  menuCommand: { command: CommandId };
  /**
   * The operating system asked the app to open a project (Open recent, a second launch, a
   * file handed over on macOS). The renderer takes it with `project.takeOpenRequest` and
   * opens it the way it opens every project: after saving what is being edited.
   */
  openRequested: { path: string };
}

export type ApiEventName = keyof ApiEvents;
