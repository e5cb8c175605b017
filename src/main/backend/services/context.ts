// What every service needs: the app state, the event bus and the one open project.
import type { OpenProject } from '../../../shared/models';
import { AppException } from '../errors';
import type { EventBus } from '../events';
import type { ProjectStore } from '../store/types';
import type { AppState } from './app-state';
import { DiagnosticsCache } from './diagnostics-cache';

export interface BackendContext {
  readonly dataDir: string;
  /** Where the built-in demo project lives (`demo.pwb` inside it). */
  readonly demoDir: string;
  readonly transport: 'electron' | 'http' | 'memory';
  readonly nativeDialogs: boolean;
  readonly events: EventBus;
  readonly state: AppState;
  /** False for one-shot hosts (the CLI), which should not fill the app's recent list. */
  readonly recordRecent: boolean;
  session: ProjectSession | null;
}

/** The open project: its store plus what services cache about it. */
export class ProjectSession {
  readonly diagnostics = new DiagnosticsCache();
  private sectionCount: number | null = null;

  constructor(
    readonly store: ProjectStore,
    readonly demo: boolean,
  ) {}

  view(): OpenProject {
    this.sectionCount ??= this.store.listSections().length;
    const project: OpenProject = {
      path: this.store.path,
      info: this.store.info(),
      readOnly: this.store.readOnly,
      demo: this.demo,
      sectionCount: this.sectionCount,
      decisionCount: this.store.decisionCount(),
    };
    if (this.store.readOnlyReason) project.readOnlyReason = this.store.readOnlyReason;
    return project;
  }

  /** Call after anything that adds or removes sections. */
  sectionsChanged(): void {
    this.sectionCount = null;
  }

  requireWritable(): ProjectStore {
    if (this.store.readOnly) {
      throw new AppException('read-only', this.store.readOnlyReason ?? 'This project is open read-only; nothing can be changed.');
    }
    return this.store;
  }
}

export function requireSession(ctx: BackendContext): ProjectSession {
  if (!ctx.session) throw new AppException('no-project', 'No project is open. Open or create a project first.');
  return ctx.session;
}
