// Where feature views plug into the shell. A feature adds one entry here (its folder
// under src/renderer/features/) and the view switcher / drawer picks it up; the shell
// never grows a branch per feature. Only views that exist are listed: no empty screens.
import type { ComponentType } from 'react';
import type { OpenProject } from '../../shared/models';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { HistoryPanel } from '../features/history/HistoryPanel';
import { LibraryView } from '../features/library/LibraryView';
import { MergePage } from '../features/merge/MergePage';

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
  label: string;
  component: ComponentType<ViewContext>;
}

export interface DrawerDef {
  id: 'history';
  label: string;
  component: ComponentType<ViewContext & { onClose(): void }>;
}

/** Top-level views besides the workbench, in switcher order (Library, Dashboard, Merge). */
export const EXTRA_VIEWS: ViewDef[] = [
  { id: 'library', label: 'Library', component: LibraryView },
  { id: 'dashboard', label: 'Dashboard', component: DashboardPage },
  { id: 'merge', label: 'Merge', component: MergePage },
];

/** The right-side drawer (History). */
export const DRAWERS: DrawerDef[] = [{ id: 'history', label: 'History', component: HistoryPanel }];
