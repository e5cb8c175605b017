// Native pickers for the `dialogs.*` methods, reached only through `dispatch`, which has
// validated the arguments against the contract.
import { BrowserWindow, dialog } from 'electron';
import type { ParsedArgsOf } from '../../shared/api';
import {
  ensurePwbExtension,
  openProjectOptions,
  pickFilesOptions,
  pickFolderOptions,
  saveProjectOptions,
} from './dialog-options';

type ParentWindow = () => BrowserWindow | null;

/** The dialog services handed to createBackend; pickers open over the focused window. */
export function createDialogServices(parent: ParentWindow) {
  const owner = () => BrowserWindow.getFocusedWindow() ?? parent();
  const showOpen = async (options: Electron.OpenDialogOptions): Promise<string[]> => {
    const win = owner();
    const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return r.canceled ? [] : r.filePaths;
  };
  return {
    'dialogs.openProject': async (args: ParsedArgsOf<'dialogs.openProject'>) =>
      (await showOpen(openProjectOptions(args)))[0] ?? null,
    'dialogs.saveProject': async (args: ParsedArgsOf<'dialogs.saveProject'>) => {
      const options = saveProjectOptions(args);
      const win = owner();
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : ensurePwbExtension(r.filePath);
    },
    'dialogs.pickFolder': async (args: ParsedArgsOf<'dialogs.pickFolder'>) =>
      (await showOpen(pickFolderOptions(args)))[0] ?? null,
    'dialogs.pickFiles': async (args: ParsedArgsOf<'dialogs.pickFiles'>) => showOpen(pickFilesOptions(args)),
  };
}
