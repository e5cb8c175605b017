// Native pickers for the `dialogs.*` methods. Arguments were validated by the backend's
// dispatch (and again here: this file is also reachable from the menu code).
import { BrowserWindow, dialog } from 'electron';
import type { ArgsOf } from '../../shared/api';
import {
  dialogArgSchemas,
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
    'dialogs.openProject': async (args: ArgsOf<'dialogs.openProject'>) =>
      (await showOpen(openProjectOptions(dialogArgSchemas['dialogs.openProject'].parse(args))))[0] ?? null,
    'dialogs.saveProject': async (args: ArgsOf<'dialogs.saveProject'>) => {
      const options = saveProjectOptions(dialogArgSchemas['dialogs.saveProject'].parse(args));
      const win = owner();
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : ensurePwbExtension(r.filePath);
    },
    'dialogs.pickFolder': async (args: ArgsOf<'dialogs.pickFolder'>) =>
      (await showOpen(pickFolderOptions(dialogArgSchemas['dialogs.pickFolder'].parse(args))))[0] ?? null,
    'dialogs.pickFiles': async (args: ArgsOf<'dialogs.pickFiles'>) => showOpen(pickFilesOptions(dialogArgSchemas['dialogs.pickFiles'].parse(args))),
  };
}
