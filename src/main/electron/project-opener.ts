// Where a project the operating system hands over goes: the file of the launch, a second
// launch's file, macOS `open-file`, File > Open recent. No electron import: index.ts wires
// this to Electron and a test drives it with plain functions.
//
// The rule (docs/adr/0026): while a window shows the workbench, only the renderer may
// switch projects, because only it can save the edits it still holds; so the path is
// handed to it as a request. Without a window (start-up, or macOS with every window
// closed) nothing can be unsaved, and the project is opened directly.

export interface ProjectOpenerDeps {
  /** A window exists (showing the workbench, or still loading it). */
  hasWindow(): boolean;
  /** Opens the project in the backend itself and reports a failure to the person. */
  openDirectly(path: string): Promise<void>;
  /** Hands the path to the renderer (the backend's `requestOpen`). */
  askRenderer(path: string): void;
  focusWindow(): void;
  createWindow(): void;
}

export class ProjectOpener {
  private deps: ProjectOpenerDeps | null = null;
  /** Asked for before the backend was ready; opened when it is. */
  private early: string | null;

  constructor(launchPath: string | null) {
    this.early = launchPath;
  }

  /** The backend is ready: a project asked for meanwhile is opened (before any window exists). */
  async start(deps: ProjectOpenerDeps): Promise<void> {
    this.deps = deps;
    const path = this.early;
    this.early = null;
    if (path) await deps.openDirectly(path);
  }

  /** The system asks for a project. */
  async open(path: string): Promise<void> {
    const deps = this.deps;
    if (!deps) {
      // Before start: the last file asked for is the one to open.
      this.early = path;
      return;
    }
    if (deps.hasWindow()) {
      deps.askRenderer(path);
      deps.focusWindow();
      return;
    }
    await deps.openDirectly(path);
    deps.createWindow();
  }
}
