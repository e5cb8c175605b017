// What every service needs: the app state, the event bus and the one open project.
import type { OpenProject, Section } from '../../../shared/models';
import { AppException } from '../errors';
import type { EventBus } from '../events';
import type { DownloadRegistry } from '../export/downloads';
import type { ExportJobs } from '../export/jobs';
import type { PdfPrinter } from '../export/plan';
import type { ProjectStore } from '../store/types';
import type { Uploads } from '../workspace/uploads';
import type { Workspace } from '../workspace/workspace';
import type { AppState } from './app-state';
import { DiagnosticsCache } from './diagnostics-cache';
import type { OpenRequests } from './open-requests';

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
  /** Downloads prepared for the browser host's download route. */
  readonly downloads: DownloadRegistry;
  /** Running exports, cancellable by id. */
  readonly jobs: ExportJobs;
  /** Section page -> PDF, where the host can print (the desktop app); absent elsewhere. */
  readonly pdf?: PdfPrinter;
  /**
   * The browser host's one folder (docs/adr/0015): every path a call names is resolved
   * inside it or refused. Null for the desktop app and the CLI, which use the person's own paths.
   */
  readonly workspace: Workspace | null;
  /** Files handed over by the browser, inside the workspace; null without one. */
  readonly uploads: Uploads | null;
  /** Projects the system asked to open, waiting for the renderer (docs/adr/0026). */
  readonly openRequests: OpenRequests;
  session: ProjectSession | null;
}

const SECTION_WRITES = new Set<PropertyKey>(['createSection', 'saveSection', 'deleteSection']);

/**
 * The store as services see it: every call that writes sections drops the session's
 * section cache, whoever makes it (a service written later cannot forget to).
 */
function watchSectionWrites(store: ProjectStore, onWrite: () => void): ProjectStore {
  return new Proxy(store, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      if (!SECTION_WRITES.has(prop)) return value.bind(target);
      return (...args: unknown[]) => {
        try {
          return value.apply(target, args);
        } finally {
          onWrite();
        }
      };
    },
  });
}

/** The open project: its store plus what services cache about it. */
export class ProjectSession {
  readonly diagnostics = new DiagnosticsCache();
  readonly store: ProjectStore;
  // Listing every section (2,000 with 60,000 references) is the dearest read there is;
  // the tree, the counts, exports and "cited by" all share one listing until a write.
  private cached: { list: Section[]; byId: Map<string, Section> } | null = null;

  constructor(
    store: ProjectStore,
    readonly demo: boolean,
  ) {
    this.store = watchSectionWrites(store, () => this.sectionsChanged());
  }

  /** Every section, ordered by path then order (shared: callers must not change them). */
  sections(): Section[] {
    return this.listing().list;
  }

  section(id: string): Section | null {
    return this.listing().byId.get(id) ?? null;
  }

  view(): OpenProject {
    const project: OpenProject = {
      path: this.store.path,
      info: this.store.info(),
      readOnly: this.store.readOnly,
      demo: this.demo,
      sectionCount: this.cached ? this.cached.list.length : (this.store.sectionCount?.() ?? this.sections().length),
      decisionCount: this.store.decisionCount(),
    };
    if (this.store.readOnlyReason) project.readOnlyReason = this.store.readOnlyReason;
    return project;
  }

  /** Drops the cached listing. Writes through `store` already do this; kept for callers that changed sections another way. */
  sectionsChanged(): void {
    this.cached = null;
  }

  requireWritable(): ProjectStore {
    if (this.store.readOnly) {
      throw this.store.readOnlyReason ? new AppException('read-only', this.store.readOnlyReason) : AppException.worded('read-only', 'error.readOnly');
    }
    return this.store;
  }

  private listing(): { list: Section[]; byId: Map<string, Section> } {
    if (!this.cached) {
      const list = this.store.listSections();
      this.cached = { list, byId: new Map(list.map((s) => [s.id, s])) };
    }
    return this.cached;
  }
}

export function requireSession(ctx: BackendContext): ProjectSession {
  if (!ctx.session) throw AppException.worded('no-project', 'error.noProject');
  return ctx.session;
}
