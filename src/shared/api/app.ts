import type { Language } from '../languages';
import type { OpenProject } from '../models';

export interface AppStatus {
  project: OpenProject | null;
  settings: Settings;
  recent: string[];
  /** True when the transport can show native open/save/folder dialogs (Electron). */
  nativeDialogs: boolean;
  /** Which transport serves the API — for labels only; the renderer must not branch on logic. */
  transport: 'electron' | 'http' | 'memory';
}

export interface Settings {
  /** Name written on every revision. */
  authorName: string;
  /** Folder exports go to; asked for once, then remembered. */
  exportDir: string | null;
  /** The interface language (menus, dialogs, checker messages); exported pages follow the project's own. */
  language: Language;
}

export interface AppHandlers {
  'app.status': (args: Record<string, never>) => AppStatus;
  'settings.set': (args: Partial<Settings>) => Settings;
}
