// What the leak test reads back (`window.__pwbEditorStats()`): how many Monaco models and
// editors exist, how many sections hold one, and how many registrations (providers,
// commands, listeners) our disposable stores keep. Switching sections or projects any
// number of times must leave all of them flat.
import { liveDisposables } from '../../../lib/disposables';
import { docs } from '../session/doc-registry';
import { monaco } from './monaco';

export interface EditorStats {
  models: number;
  editors: number;
  openDocs: number;
  registrations: number;
}

declare global {
  interface Window {
    __pwbEditorStats?: () => EditorStats;
  }
}

window.__pwbEditorStats = () => ({
  models: monaco.editor.getModels().length,
  editors: monaco.editor.getEditors().length,
  openDocs: docs.size,
  registrations: liveDisposables(),
});
