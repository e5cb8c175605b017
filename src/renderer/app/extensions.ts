// Where feature views plug into the shell. A feature adds one entry here (its folder
// under src/renderer/features/) and the view switcher / drawer picks it up; the shell
// never grows a branch per feature. Only views that exist are listed: no empty screens.
// Views are imported lazily (`lazyView`): most of them share the editor code (Monaco),
// which must stay out of the first chunk so the app starts talking to the backend at once.
import { lazy } from 'react';
import type { ComponentType } from 'react';
import type { MessageKey } from '../../core/i18n';
import type { OpenProject } from '../../shared/models';

export interface ViewContext {
  project: OpenProject;
  /** The section open in the workbench, if any. */
  sectionId: string | null;
  /** Opens a section in the workbench (switching to it). */
  openSection(id: string): void;
}

export type ViewId = 'workbench' | 'library' | 'dashboard' | 'merge';

export interface ViewDef {
  id: Exclude<ViewId, 'workbench'>;
  label: MessageKey;
  component: ComponentType<ViewContext>;
}

export interface DrawerDef {
  id: 'history';
  label: MessageKey;
  component: ComponentType<ViewContext & { onClose(): void }>;
}

/** A component from a module loaded on first use (shown inside the shell's Suspense). */
function lazyView<P>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return lazy(async () => ({ default: await load() })) as unknown as ComponentType<P>;
}

const LibraryView = lazyView(() => import('../features/library/LibraryView').then((m) => m.LibraryView));
const DashboardPage = lazyView(() => import('../features/dashboard/DashboardPage').then((m) => m.DashboardPage));
const MergePage = lazyView(() => import('../features/merge/MergePage').then((m) => m.MergePage));
const HistoryPanel = lazyView(() => import('../features/history/HistoryPanel').then((m) => m.HistoryPanel));

/** Top-level views besides the workbench, in switcher order (Library, Dashboard, Merge). */
export const EXTRA_VIEWS: ViewDef[] = [
  { id: 'library', label: 'shell.view.library', component: LibraryView },
  { id: 'dashboard', label: 'shell.view.dashboard', component: DashboardPage },
  { id: 'merge', label: 'shell.view.merge', component: MergePage },
];

/** The right-side drawer (History). */
export const DRAWERS: DrawerDef[] = [{ id: 'history', label: 'shell.view.history', component: HistoryPanel }];
