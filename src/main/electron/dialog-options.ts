// The pure half of the native pickers: the options handed to Electron's dialog module
// (arguments were checked by `dispatch` against the contract). dialogs.ts only shows them.
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { ParsedArgsOf } from '../../shared/api';

const PROJECT_FILTER = { name: 'Policy Workbench project', extensions: ['pwb'] };

export function openProjectOptions(args: ParsedArgsOf<'dialogs.openProject'>): OpenDialogOptions {
  return { title: args.title ?? 'Open project', defaultPath: args.defaultPath, properties: ['openFile'], filters: [PROJECT_FILTER] };
}

export function saveProjectOptions(args: ParsedArgsOf<'dialogs.saveProject'>): SaveDialogOptions {
  return {
    title: args.title ?? 'Save project as',
    defaultPath: args.defaultPath,
    filters: [PROJECT_FILTER],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export function pickFolderOptions(args: ParsedArgsOf<'dialogs.pickFolder'>): OpenDialogOptions {
  return { title: args.title ?? 'Choose a folder', defaultPath: args.defaultPath, properties: ['openDirectory', 'createDirectory'] };
}

export function pickFilesOptions(args: ParsedArgsOf<'dialogs.pickFiles'>): OpenDialogOptions {
  return {
    title: args.title ?? 'Choose files',
    defaultPath: args.defaultPath,
    properties: args.multiple === false ? ['openFile'] : ['openFile', 'multiSelections'],
    ...(args.filters ? { filters: args.filters } : {}),
  };
}

/** Save pickers on Linux do not always add the extension; a project file must end in `.pwb`. */
export function ensurePwbExtension(path: string): string {
  return /\.pwb$/i.test(path) ? path : `${path}.pwb`;
}
