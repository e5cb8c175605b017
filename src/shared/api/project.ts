import type { OpenProject, ProjectInfo } from '../models';

export interface ProjectHandlers {
  /**
   * Opens an existing `.pwb` (read-only when written by a newer version). `readOnly`
   * opens it for reading only, without taking the file's write lock (the CLI's read
   * commands use it, so they work while the app has the project open).
   */
  'project.open': (args: { path: string; readOnly?: boolean }) => OpenProject;
  /** Creates a new, empty project file and opens it. Refuses to overwrite. */
  'project.create': (args: { path: string; name: string; government?: string; termStart?: string | null; termEnd?: string | null }) => OpenProject;
  /** Opens (creating on first use) the built-in demo project. */
  'project.openDemo': (args: Record<string, never>) => OpenProject;
  'project.close': (args: Record<string, never>) => null;
  'project.update': (args: Partial<Omit<ProjectInfo, 'createdAt'>>) => OpenProject;
  /** Writes one consistent copy of the open project to `path` (VACUUM INTO, checked, renamed). */
  'project.saveCopy': (args: { path: string }) => { path: string };
}
