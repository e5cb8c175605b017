// The pure half of the native pickers: argument validation and the options handed to
// Electron's dialog module. dialogs.ts only shows them.
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { z } from 'zod';
import type { ArgsOf } from '../../shared/api';

const text = z.string().max(4096);
const base = { title: text.optional(), defaultPath: text.optional() };
const filter = z.strictObject({
  name: z.string().min(1).max(200),
  extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9_-]{1,20})$/, 'must be an extension without the dot, e.g. "md"')).min(1).max(50),
});

export const dialogArgSchemas = {
  'dialogs.openProject': z.strictObject(base),
  'dialogs.saveProject': z.strictObject(base),
  'dialogs.pickFolder': z.strictObject(base),
  'dialogs.pickFiles': z.strictObject({ ...base, filters: z.array(filter).max(20).optional(), multiple: z.boolean().optional() }),
} satisfies { [M in DialogMethod]: z.ZodType<ArgsOf<M>> };

export type DialogMethod = 'dialogs.openProject' | 'dialogs.saveProject' | 'dialogs.pickFolder' | 'dialogs.pickFiles';

export function isDialogMethod(method: string): method is DialogMethod {
  return Object.hasOwn(dialogArgSchemas, method);
}

const PROJECT_FILTER = { name: 'Policy Workbench project', extensions: ['pwb'] };

export function openProjectOptions(args: ArgsOf<'dialogs.openProject'>): OpenDialogOptions {
  return { title: args.title ?? 'Open project', defaultPath: args.defaultPath, properties: ['openFile'], filters: [PROJECT_FILTER] };
}

export function saveProjectOptions(args: ArgsOf<'dialogs.saveProject'>): SaveDialogOptions {
  return {
    title: args.title ?? 'Save project as',
    defaultPath: args.defaultPath,
    filters: [PROJECT_FILTER],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export function pickFolderOptions(args: ArgsOf<'dialogs.pickFolder'>): OpenDialogOptions {
  return { title: args.title ?? 'Choose a folder', defaultPath: args.defaultPath, properties: ['openDirectory', 'createDirectory'] };
}

export function pickFilesOptions(args: ArgsOf<'dialogs.pickFiles'>): OpenDialogOptions {
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
